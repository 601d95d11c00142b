/** @jsxImportSource react */
import { useCallback, useState, type ReactNode } from 'react';
import { useDocumentTitle } from '../shared/head';
import { DraftComposer } from './composer';
import { xAccounts, xTweets, type XTweet } from './data';
import { EmptyState } from './empty-state';
import { Tweet } from './tweet';

function findTweet(statusId: string): XTweet | undefined {
  for (const tweet of xTweets) {
    if (tweet.id === statusId) return tweet;
    const reply = tweet.replies?.find((candidate) => candidate.id === statusId);
    if (reply) return reply;
  }
  return undefined;
}

/** `/:handle/status/:id`: the post, X's inline reply composer, then the replies. */
export function StatusPage({ statusId }: { statusId: string }): ReactNode {
  const tweet = findTweet(statusId);
  const [replyingTo, setReplyingTo] = useState<string | null>(tweet?.handle ?? null);
  const [focusRequest, setFocusRequest] = useState(0);
  const replyTo = useCallback((handle: string) => {
    setReplyingTo(handle);
    setFocusRequest((request) => request + 1);
  }, []);
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
        <DraftComposer placeholder="Post your reply" submitLabel="Reply" replyingTo={replyingTo} focusRequest={focusRequest} />
        {(tweet.replies ?? []).map((reply) => (
          <Tweet key={reply.id} tweet={reply} onReply={replyTo} />
        ))}
      </section>
    </>
  );
}
