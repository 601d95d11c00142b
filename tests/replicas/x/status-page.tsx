/** @jsxImportSource react */
import { useCallback, useState, type ReactNode } from 'react';
import { useDocumentTitle } from '../shared/head';
import { DraftComposer } from './composer';
import { xAccounts, xTweets, type XTweet } from './data';
import { EmptyState } from './empty-state';
import { ReplyDialog } from './reply-dialog';
import { Tweet } from './tweet';

function findTweet(statusId: string): XTweet | undefined {
  for (const tweet of xTweets) {
    if (tweet.id === statusId) return tweet;
    const reply = tweet.replies?.find((candidate) => candidate.id === statusId);
    if (reply) return reply;
  }
  return undefined;
}

/**
 * `/:handle/status/:id`: the post, X's inline reply composer (answering the post), then the replies. Reply on
 * the post focuses the inline composer; Reply on a reply opens the reply dialog with that reply in it.
 */
export function StatusPage({ statusId }: { statusId: string }): ReactNode {
  const tweet = findTweet(statusId);
  const [focusRequest, setFocusRequest] = useState(0);
  const [dialogFor, setDialogFor] = useState<XTweet | null>(null);
  const replyTo = useCallback(
    (answered: XTweet) => {
      if (answered.id === statusId) {
        setDialogFor(null);
        setFocusRequest((request) => request + 1);
      } else {
        setDialogFor(answered);
      }
    },
    [statusId],
  );
  const authorName = tweet ? (xAccounts[tweet.handle]?.displayName ?? tweet.handle) : '';
  useDocumentTitle(tweet ? `${authorName} on X: "${tweet.text}" / X` : 'Post / X');

  if (!tweet) {
    return <EmptyState title="Hmm...this page doesn’t exist." detail="Try searching for something else." />;
  }
  return (
    <>
      <h2 className="column-heading">Post</h2>
      <section role="region" aria-label="Conversation">
        <Tweet tweet={tweet} onReply={replyTo} />
        <DraftComposer placeholder="Post your reply" submitLabel="Reply" focusRequest={focusRequest} />
        {(tweet.replies ?? []).map((reply) => (
          <Tweet key={reply.id} tweet={reply} onReply={replyTo} />
        ))}
      </section>
      {dialogFor ? <ReplyDialog tweet={dialogFor} onClose={() => setDialogFor(null)} /> : null}
    </>
  );
}
