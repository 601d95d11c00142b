/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { CommentBox } from './comment-box';
import { pageByHandle, postPath, type FacebookComment, type FacebookPost } from './data';

// A post and its comments as Facebook marks them (tests/fixtures/real/facebook-post-dialog and
// facebook-page-verified, derived from real 2025–2026 pages): the post is a role=article; its author link sits
// in data-ad-rendering-role="profile_name" around a heading, its message in data-ad-preview="message"; each
// comment is a role=article NESTED in the post's (replies nested in their comment's), labelled "Comment by
// <name>" (labels are translated on the real site: Wasla never reads them), its text in a block marked with
// the language Facebook detected (`span[dir=auto][lang]`). A comment's Reply opens a reply box under that
// comment, after its replies, starting with a mention of the comment's author.

const ARABIC = /\p{Script=Arabic}/u;

export function PostArticle({
  post,
  heading,
  children,
}: {
  post: FacebookPost;
  heading: 'h2' | 'h3';
  children?: ReactNode;
}): ReactNode {
  const author = pageByHandle(post.handle);
  const Heading = heading;
  return (
    <div role="article" aria-posinset={1} className="card post">
      <div className="post-header">
        <a href={`/${post.handle}`} aria-hidden="true" tabIndex={-1}>
          <div className="avatar" />
        </a>
        <div>
          <div data-ad-rendering-role="profile_name">
            <Heading className="post-author">
              <span>
                <a href={`/${post.handle}`} role="link">
                  <strong>{author?.name ?? post.handle}</strong>
                </a>
              </span>
            </Heading>
          </div>
          <a href={postPath(post)} role="link" className="muted">
            <span>{post.age}</span>
          </a>
        </div>
      </div>
      <div data-ad-rendering-role="story_message">
        <div data-ad-comet-preview="message" data-ad-preview="message" className="post-message">
          <div dir="auto">{post.text}</div>
        </div>
      </div>
      <div className="post-actions">
        <div role="button" tabIndex={0} aria-label="Like">
          Like
        </div>
        <div role="button" tabIndex={0} aria-label="Leave a comment">
          Comment
        </div>
        <div role="button" tabIndex={0} aria-label="Send this to friends or post it on your profile.">
          Share
        </div>
      </div>
      {children}
    </div>
  );
}

export interface CommentProps {
  comment: FacebookComment;
  post: FacebookPost;
  kind: 'Comment' | 'Reply';
  /** The comment whose reply box is open (its id), if any. */
  replyOpen: string | null;
  onReply: (comment: FacebookComment) => void;
}

export function CommentArticle({ comment, post, kind, replyOpen, onReply }: CommentProps): ReactNode {
  return (
    <div role="article" aria-label={`${kind} by ${comment.authorName}`} className="comment">
      <a href={comment.authorPath} aria-hidden="true" tabIndex={-1}>
        <div className="avatar avatar-small" />
      </a>
      <div className="comment-body">
        <div className="comment-bubble">
          <a href={comment.authorPath} role="link" className="comment-author">
            <span>{comment.authorName}</span>
          </a>
          <span dir="auto" lang={ARABIC.test(comment.text) ? 'ar' : 'en'}>
            <div dir="auto" className="comment-text">
              {comment.text}
            </div>
          </span>
        </div>
        <ul className="comment-actions">
          <li>
            <div role="button" tabIndex={0}>
              Like
            </div>
          </li>
          <li>
            <div
              role="button"
              tabIndex={0}
              onClick={() => onReply(comment)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onReply(comment);
                }
              }}
            >
              Reply
            </div>
          </li>
          <li>
            <a href={`${postPath(post)}?comment_id=${comment.id}`} role="link" className="muted">
              {comment.age}
            </a>
          </li>
        </ul>
        {(comment.replies ?? []).map((reply) => (
          <CommentArticle
            key={reply.id}
            comment={reply}
            post={post}
            kind="Reply"
            replyOpen={replyOpen}
            onReply={onReply}
          />
        ))}
        {replyOpen === comment.id ? (
          <CommentBox key={`reply-${comment.id}`} mention={comment.authorName} autoFocus />
        ) : null}
      </div>
    </div>
  );
}
