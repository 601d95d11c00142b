/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { DraftComposer } from './composer';
import type { XTweet } from './data';
import { Tweet } from './tweet';

/**
 * X's reply dialog, opened by a tweet's Reply button: `role=dialog` holding the tweet being answered
 * (`article[data-testid=tweet]`) and its own Draft.js composer. Unlike X it is not modal (no backdrop), so a
 * test can press another tweet's Reply, which replaces the tweet shown, as reopening the dialog would.
 */
export function ReplyDialog({ tweet, onClose }: { tweet: XTweet; onClose: () => void }): ReactNode {
  return (
    <div role="dialog" aria-modal="false" aria-labelledby="reply-dialog-title" className="reply-dialog">
      <div className="reply-dialog-bar">
        <button type="button" aria-label="Close" data-testid="app-bar-close" onClick={onClose}>
          ✕
        </button>
        <h2 id="reply-dialog-title" className="visually-hidden">
          Reply
        </h2>
      </div>
      <Tweet tweet={tweet} />
      <DraftComposer
        key={tweet.id}
        placeholder="Post your reply"
        submitLabel="Reply"
        focusRequest={1}
        onSubmitted={onClose}
      />
    </div>
  );
}
