/** @jsxImportSource react */
import { useCallback, useState, type ReactNode } from 'react';
import { useDocumentTitle } from '../shared/head';
import { CommentForm } from './comment-form';
import { instagramPosts, profileByUsername, type InstagramPost, type InstagramProfile } from './data';

const postDate = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

export function UnavailablePage(): ReactNode {
  useDocumentTitle('Page not found • Instagram');
  return (
    <div className="notice">
      <h2>Sorry, this page isn't available.</h2>
      <p className="muted">
        The link you followed may be broken, or the page may have been removed. <a href="/">Go back to Instagram.</a>
      </p>
    </div>
  );
}

export function ReservedPage({ section }: { section: string }): ReactNode {
  const title = section.charAt(0).toUpperCase() + section.slice(1);
  useDocumentTitle(`${title} • Instagram`);
  return (
    <div className="notice">
      <h2>{title}</h2>
      <p className="muted">Instagram's own section: not a profile.</p>
    </div>
  );
}

export function FeedPage(): ReactNode {
  useDocumentTitle('Instagram');
  return (
    <div className="notice">
      <h2>Home</h2>
      <p className="muted">You're all caught up.</p>
    </div>
  );
}

function ProfileHeader({ profile }: { profile: InstagramProfile }): ReactNode {
  return (
    <header className="profile-header">
      <div className="avatar avatar-large" aria-hidden="true" />
      <section>
        <div className="profile-title">
          <a href={`/${profile.username}/`} role="link">
            <h2 dir="auto">{profile.username}</h2>
          </a>
          <button type="button" className="follow-button">
            <div>Follow</div>
          </button>
        </div>
        <ul className="profile-counts">
          <li>
            <span>
              <span>{profile.postsText}</span> posts
            </span>
          </li>
          <li>
            <a href={`/${profile.username}/followers/`} role="link">
              <span title={profile.followersTitle}>{profile.followersText}</span> followers
            </a>
          </li>
          <li>
            <a href={`/${profile.username}/following/`} role="link">
              <span>{profile.followingText}</span> following
            </a>
          </li>
        </ul>
        <div className="profile-bio">
          <span dir="auto" className="display-name">
            {profile.displayName}
          </span>
          <div dir="auto">{profile.bio}</div>
        </div>
      </section>
    </header>
  );
}

export function ProfilePage({ username, followersOpen }: { username: string; followersOpen: boolean }): ReactNode {
  const profile = profileByUsername(username);
  useDocumentTitle(profile ? `${profile.displayName} (@${profile.username}) • Instagram photos and videos` : 'Instagram');
  if (!profile) return <UnavailablePage />;
  const posts = instagramPosts.filter((post) => post.username === profile.username);
  return (
    <>
      <ProfileHeader profile={profile} />
      <div role="tablist" className="profile-tabs">
        <a href={`/${profile.username}/`} role="tab" aria-selected="true">
          Posts
        </a>
      </div>
      <div className="post-grid">
        {posts.map((post) => (
          <a key={post.code} href={`/p/${post.code}/`} role="link" className="post-tile">
            <div className="tile-image" role="img" aria-label={post.caption} />
          </a>
        ))}
      </div>
      {followersOpen ? (
        <div role="dialog" aria-label="Followers" className="followers-dialog">
          <h2>Followers</h2>
          <a href={`/${profile.username}/`} aria-label="Close">
            ✕
          </a>
        </div>
      ) : null}
    </>
  );
}

function CommentItem({ post, comment, onReply }: { post: InstagramPost; comment: InstagramPost['comments'][number]; onReply: (username: string) => void }): ReactNode {
  return (
    <li className="comment">
      <div className="avatar avatar-small" aria-hidden="true" />
      <div>
        <div>
          <a href={`/${comment.username}/`} role="link" className="username">
            <span>{comment.username}</span>
          </a>{' '}
          <span dir="auto">{comment.text}</span>
        </div>
        <div className="comment-meta muted">
          <a href={`/p/${post.code}/c/${comment.id}/`} role="link">
            <time dateTime={post.createdAt}>{comment.age}</time>
          </a>
          <button type="button" className="reply-button" onClick={() => onReply(comment.username)}>
            <span>Reply</span>
          </button>
        </div>
      </div>
    </li>
  );
}

/** `/p/:code/`: the post, its comments and the comment form. */
export function PostPage({ code }: { code: string }): ReactNode {
  const post = instagramPosts.find((candidate) => candidate.code === code);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [replyRequest, setReplyRequest] = useState(0);
  const replyTo = useCallback((username: string) => {
    setReplyingTo(username);
    setReplyRequest((request) => request + 1);
  }, []);
  const author = post ? profileByUsername(post.username) : undefined;
  useDocumentTitle(post ? `${author?.displayName ?? post.username} on Instagram: "${post.caption}"` : 'Instagram');
  if (!post) return <UnavailablePage />;
  return (
    <article className="post">
      <div className="post-media" role="img" aria-label={`Photo by ${author?.displayName ?? post.username}`} />
      <div className="post-side">
        <div className="post-author">
          <div className="avatar avatar-small" aria-hidden="true" />
          <a href={`/${post.username}/`} role="link" className="username">
            <span>{post.username}</span>
          </a>
        </div>
        <div className="post-caption">
          <a href={`/${post.username}/`} role="link" className="username">
            {post.username}
          </a>{' '}
          <h1 dir="auto">{post.caption}</h1>
        </div>
        <ul className="comments">
          {post.comments.map((comment) => (
            <CommentItem key={comment.id} post={post} comment={comment} onReply={replyTo} />
          ))}
        </ul>
        <a href={`/p/${post.code}/`} role="link" className="muted post-time">
          <time dateTime={post.createdAt}>{postDate.format(new Date(post.createdAt))}</time>
        </a>
        <CommentForm replyingTo={replyingTo} replyRequest={replyRequest} onSubmitted={() => setReplyingTo(null)} />
      </div>
    </article>
  );
}
