/** @jsxImportSource react */
import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useDocumentTitle } from '../shared/head';
import { DraftComposer } from './composer';
import { ReplyDialog } from './reply-dialog';
import { streamedTweet, xTweets, type XTweet } from './data';
import { Tweet } from './tweet';

/**
 * Delivers `count` generated posts `batchSize` at a time, one batch per task, the way X's timeline keeps adding
 * cells as it loads: each batch is committed to the DOM on its own, so an observer sees many small insertions.
 * Sets `<html data-stream-done="1">` once everything is in. Give the caller a `key` per stream so a new
 * `?stream=` starts from zero. Returns the delivered batches: rendering each as a memoized unit keeps the
 * replica's own work per batch small, so benchmarks measure the extension rather than React re-diffing.
 */
function useStreamedBatches(count: number, batchSize: number): XTweet[][] {
  const batches = useMemo(() => {
    const all = Array.from({ length: count }, (_, index) => streamedTweet(index));
    return Array.from({ length: Math.ceil(count / batchSize) }, (_, batch) =>
      all.slice(batch * batchSize, (batch + 1) * batchSize),
    );
  }, [count, batchSize]);
  const [deliveredBatches, setDeliveredBatches] = useState(0);
  useEffect(() => {
    const root = document.documentElement;
    let delivered = 0;
    let timer: number | undefined;
    const deliverNextBatch = (): void => {
      delivered += 1;
      flushSync(() => setDeliveredBatches(delivered));
      if (delivered < batches.length) timer = window.setTimeout(deliverNextBatch, 0);
      else root.dataset.streamDone = '1';
    };
    delete root.dataset.streamDone;
    if (batches.length === 0) root.dataset.streamDone = '1';
    else timer = window.setTimeout(deliverNextBatch, 0);
    return () => {
      window.clearTimeout(timer);
      delete root.dataset.streamDone;
    };
  }, [batches]);
  return useMemo(() => batches.slice(0, deliveredBatches), [batches, deliveredBatches]);
}

const TweetBatch = memo(function TweetBatch({
  tweets,
  onReply,
}: {
  tweets: XTweet[];
  onReply: (tweet: XTweet) => void;
}): ReactNode {
  return tweets.map((tweet) => <Tweet key={tweet.id} tweet={tweet} onReply={onReply} />);
});

/** `/home`: the composer (its button reads "Post") over the timeline; `?stream=N&batch=B` fills it gradually. */
export function HomePage({ streamCount, batchSize }: { streamCount: number; batchSize: number }): ReactNode {
  useDocumentTitle('Home / X');
  // A tweet's Reply opens the reply dialog, as on X; the composer on top writes a new post.
  const [dialogFor, setDialogFor] = useState<XTweet | null>(null);
  const replyTo = useCallback((tweet: XTweet) => setDialogFor(tweet), []);
  const streamedBatches = useStreamedBatches(streamCount, batchSize);
  // A streamed timeline holds only the generated posts, so a benchmark can count exactly N articles.
  const timeline = streamCount > 0 ? streamedBatches : [xTweets];
  return (
    <>
      <h2 className="column-heading">Home</h2>
      <div role="tablist" className="tabs">
        <a href="/home" role="tab" aria-selected="true">
          For you
        </a>
        <a href="/home?following=1" role="tab" aria-selected="false">
          Following
        </a>
      </div>
      <DraftComposer placeholder="What is happening?!" submitLabel="Post" focusRequest={0} />
      <section role="region" aria-label="Timeline: Your Home Timeline">
        {timeline.map((batch, index) => (
          <TweetBatch key={index} tweets={batch} onReply={replyTo} />
        ))}
      </section>
      {dialogFor ? <ReplyDialog tweet={dialogFor} onClose={() => setDialogFor(null)} /> : null}
    </>
  );
}
