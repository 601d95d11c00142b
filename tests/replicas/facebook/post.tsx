/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { pageByHandle, postPath, type FacebookComment, type FacebookPost } from './data';

// A post and its comments as Facebook marks them: role=article, headings around the author link, the message
// in data-ad-preview="message", comments labelled "Comment by <name>" (replies "Reply by <name>").

export function PostArticle({ post, heading }: { post: FacebookPost; heading: 'h2' | 'h3' }): ReactNode {
  const author = pageByHandle(post.handle);
  const Heading = heading;
  return (
    <div role="article" aria-posinset={1} className="card post">
      <div className="post-header">
        <a href={`/${post.handle}`} aria-hidden="true" tabIndex={-1}>
          <div className="avatar" />
        </a>
        <div>
          <Heading className="post-author">
            <span>
              <a href={`/${post.handle}`} role="link">
                <strong>{author?.name ?? post.handle}</strong>
              </a>
            </span>
          </Heading>
          <a href={postPath(post)} role="link" className="muted">
            <span>{post.age}</span>
          </a>
        </div>
      </div>
      <div data-ad-comet-preview="message" data-ad-preview="message" className="post-message">
        <div dir="auto">{post.text}</div>
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
    </div>
  );
}

export interface CommentProps {
  comment: FacebookComment;
  post: FacebookPost;
  kind: 'Comment' | 'Reply';
  onReply: (authorName: string) => void;
}

export function CommentArticle({ comment, post, kind, onReply }: CommentProps): ReactNode {
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
          <div dir="auto" className="comment-text">
            {comment.text}
          </div>
        </div>
        <ul className="comment-actions">
          <li>
            <div role="button" tabIndex={0}>
              Like
            </div>
          </li>
          <li>
            <div role="button" tabIndex={0} onClick={() => onReply(comment.authorName)}>
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
          <CommentArticle key={reply.id} comment={reply} post={post} kind="Reply" onReply={onReply} />
        ))}
      </div>
    </div>
  );
}
