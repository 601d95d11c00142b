/** @jsxImportSource react */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useDocumentTitle } from '../shared/head';
import { DraftComposer } from './composer';
import { streamedTweet, xTweets, type XTweet } from './data';
import { Tweet } from './tweet';

/**
 * Delivers `count` generated posts `batchSize` at a time, one batch per task, the way X's timeline keeps adding
 * cells as it loads: each batch is committed to the DOM on its own, so an observer sees many small insertions.
 * Sets `<html data-stream-done="1">` once everything is in. Give the caller a `key` per stream so a new
 * `?stream=` starts from zero.
 */
function useStreamedTweets(count: number, batchSize: number): XTweet[] {
  const all = useMemo(() => Array.from({ length: count }, (_, index) => streamedTweet(index)), [count]);
  const [deliveredCount, setDeliveredCount] = useState(0);
  useEffect(() => {
    const root = document.documentElement;
    let delivered = 0;
    let timer: number | undefined;
    const deliverNextBatch = (): void => {
      delivered = Math.min(count, delivered + batchSize);
      flushSync(() => setDeliveredCount(delivered));
      if (delivered < count) timer = window.setTimeout(deliverNextBatch, 0);
      else root.dataset.streamDone = '1';
    };
    delete root.dataset.streamDone;
    if (count === 0) root.dataset.streamDone = '1';
    else timer = window.setTimeout(deliverNextBatch, 0);
    return () => {
      window.clearTimeout(timer);
      delete root.dataset.streamDone;
    };
  }, [count, batchSize]);
  return useMemo(() => all.slice(0, deliveredCount), [all, deliveredCount]);
}

/** `/home`: the composer (its button reads "Post") over the timeline; `?stream=N&batch=B` fills it gradually. */
export function HomePage({ streamCount, batchSize }: { streamCount: number; batchSize: number }): ReactNode {
  useDocumentTitle('Home / X');
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const replyTo = useCallback((handle: string) => {
    setReplyingTo(handle);
    setFocusRequest((request) => request + 1);
  }, []);
  const streamed = useStreamedTweets(streamCount, batchSize);
  // A streamed timeline holds only the generated posts, so a benchmark can count exactly N articles.
  const timeline = streamCount > 0 ? streamed : xTweets;
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
      <DraftComposer placeholder="What is happening?!" submitLabel="Post" replyingTo={replyingTo} focusRequest={focusRequest} />
      <section role="region" aria-label="Timeline: Your Home Timeline">
        {timeline.map((tweet) => (
          <Tweet key={tweet.id} tweet={tweet} onReply={replyTo} />
        ))}
      </section>
    </>
  );
}
