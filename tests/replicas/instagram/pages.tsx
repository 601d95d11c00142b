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
  useDocumentTitle(
    profile ? `${profile.displayName} (@${profile.username}) • Instagram photos and videos` : 'Instagram',
  );
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

/**
 * One comment row as on real post pages (tests/fixtures/real/instagram-post-pt, instagram-post-composer): no
 * list item, no article; the author link, the permalink `/p/<code>/c/<id>/` around its `time`, the text in its
 * own `span[dir=auto]`, and Reply as a `div[role=button]`.
 */
function CommentItem({
  post,
  comment,
  onReply,
}: {
  post: InstagramPost;
  comment: InstagramPost['comments'][number];
  onReply: (username: string) => void;
}): ReactNode {
  const reply = () => onReply(comment.username);
  return (
    <div className="comment">
      <span>
        <a href={`/${comment.username}/`} role="link" tabIndex={-1} aria-hidden="true">
          <div className="avatar avatar-small" />
        </a>
      </span>
      <div>
        <div>
          <span dir="auto">
            <a href={`/${comment.username}/`} role="link" className="username">
              <span dir="auto">{comment.username}</span>
            </a>
          </span>{' '}
          <span dir="auto">
            <a href={`/p/${post.code}/c/${comment.id}/`} role="link" className="muted">
              <time dateTime={post.createdAt}>{comment.age}</time>
            </a>
          </span>
          <div>
            <span dir="auto">{comment.text}</span>
          </div>
        </div>
        <div className="comment-meta muted">
          <div
            role="button"
            tabIndex={0}
            className="reply-button"
            onClick={reply}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                reply();
              }
            }}
          >
            <span dir="auto">Reply</span>
          </div>
        </div>
      </div>
    </div>
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
  // No <article>, no ul > li, no h1 on a real post page: the post is the page's main itself; the caption is the
  // row holding the one time that is not a comment's permalink.
  return (
    <div className="post">
      <div className="post-media" role="img" aria-label={`Photo by ${author?.displayName ?? post.username}`} />
      <div className="post-side">
        <div className="post-author">
          <div className="avatar avatar-small" aria-hidden="true" />
          <a href={`/${post.username}/`} role="link" className="username">
            <span dir="auto">{post.username}</span>
          </a>
        </div>
        <div className="post-caption">
          <a href={`/${post.username}/`} role="link" className="username">
            <span dir="auto">{post.username}</span>
          </a>{' '}
          <span>
            <time dateTime={post.createdAt} title={postDate.format(new Date(post.createdAt))} className="muted">
              {postDate.format(new Date(post.createdAt))}
            </time>
          </span>
          <span dir="auto">{post.caption}</span>
        </div>
        <div className="comments">
          {post.comments.map((comment) => (
            <CommentItem key={comment.id} post={post} comment={comment} onReply={replyTo} />
          ))}
        </div>
        <CommentForm replyingTo={replyingTo} replyRequest={replyRequest} onSubmitted={() => setReplyingTo(null)} />
      </div>
    </div>
  );
}
