/** @jsxImportSource react */
import { memo, type ReactNode } from 'react';
import { xAccounts, type XTweet } from './data';

// One post as X renders it in a timeline or thread: the nesting, testids and aria-labels follow X's markup
// (not its generated class names), so the extension's selectors and its MutationObserver see a realistic tree.

const entityPattern = /(https?:\/\/\S+|@[A-Za-z0-9_]{1,15}|#[\p{L}\p{N}_]+)/u;

/** Splits tweet text into plain runs and links, the way X turns mentions, hashtags and URLs into anchors. */
function TweetTextRuns({ text }: { text: string }): ReactNode {
  return text.split(entityPattern).map((run, index) => {
    // split() with one capture group alternates: even indexes are plain text, odd ones are entities.
    if (index % 2 === 0) return run ? <span key={index}>{run}</span> : null;
    if (run.startsWith('@')) {
      return (
        <a key={index} href={`/${run.slice(1)}`} role="link" dir="ltr">
          {run}
        </a>
      );
    }
    if (run.startsWith('#')) {
      return (
        <a key={index} href={`/hashtag/${encodeURIComponent(run.slice(1))}?src=hashtag_click`} role="link">
          {run}
        </a>
      );
    }
    return (
      <a key={index} href={run} target="_blank" rel="noopener noreferrer nofollow" role="link" dir="ltr">
        {run.replace(/^https?:\/\//, '')}
      </a>
    );
  });
}

const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

function ActionButton(props: { testId: string; label: string; count: number; onClick?: () => void }): ReactNode {
  return (
    <div>
      <button type="button" role="button" data-testid={props.testId} aria-label={props.label} onClick={props.onClick}>
        <div dir="ltr">
          <svg viewBox="0 0 24 24" aria-hidden="true" width="18" height="18">
            <g>
              <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
            </g>
          </svg>
          {props.count > 0 ? <span data-testid="app-text-transition-container">{props.count}</span> : null}
        </div>
      </button>
    </div>
  );
}

export interface TweetProps {
  tweet: XTweet;
  /** Called with the author's handle when the reply button is pressed. */
  onReply?: (tweet: XTweet) => void;
}

export const Tweet = memo(function Tweet({ tweet, onReply }: TweetProps): ReactNode {
  const author = xAccounts[tweet.handle];
  const displayName = author?.displayName ?? tweet.handle;
  const permalink = `/${tweet.handle}/status/${tweet.id}`;
  const date = shortDate.format(new Date(tweet.createdAt));
  return (
    <div data-testid="cellInnerDiv">
      <article role="article" tabIndex={0} data-testid="tweet" className="tweet">
        <div className="tweet-avatar" data-testid="Tweet-User-Avatar">
          <a href={`/${tweet.handle}`} role="link" tabIndex={-1} aria-hidden="true">
            <div className="avatar" />
          </a>
        </div>
        <div className="tweet-body">
          <div data-testid="User-Name" className="tweet-author">
            <a href={`/${tweet.handle}`} role="link">
              <span className="display-name">
                <span>{displayName}</span>
              </span>
            </a>
            <a href={`/${tweet.handle}`} role="link" tabIndex={-1} className="muted">
              <span>@{tweet.handle}</span>
            </a>
            <span className="muted" aria-hidden="true">
              ·
            </span>
            <a href={permalink} role="link" aria-label={date} className="muted">
              <time dateTime={tweet.createdAt}>{date}</time>
            </a>
          </div>
          <div dir="auto" lang={tweet.lang} data-testid="tweetText" className="tweet-text">
            <TweetTextRuns text={tweet.text} />
          </div>
          <div
            role="group"
            className="action-bar"
            aria-label={`${tweet.replyCount} replies, ${tweet.repostCount} reposts, ${tweet.likeCount} likes`}
          >
            <ActionButton testId="reply" label="Reply" count={tweet.replyCount} onClick={() => onReply?.(tweet)} />
            <ActionButton testId="retweet" label="Repost" count={tweet.repostCount} />
            <ActionButton testId="like" label="Like" count={tweet.likeCount} />
            <ActionButton testId="bookmark" label="Bookmark" count={0} />
          </div>
        </div>
      </article>
    </div>
  );
});
