/** @jsxImportSource react */
import { useCallback, useState, type ReactNode } from 'react';
import { useDocumentTitle, useMetaProperty } from '../shared/head';
import { CommentBox } from './comment-box';
import { facebookPosts, type FacebookComment, type FacebookPage } from './data';
import { CommentArticle, PostArticle } from './post';
import type { AccountTab } from './routes';

export function UnavailablePage(): ReactNode {
  useDocumentTitle('Facebook');
  return (
    <div className="card notice">
      <h2>This content isn't available right now</h2>
      <p className="muted">
        When this happens, it's usually because the owner only shared it with a small group of people.
      </p>
    </div>
  );
}

export function ReservedPage({ section }: { section: string }): ReactNode {
  const title = section.charAt(0).toUpperCase() + section.slice(1);
  useDocumentTitle(`${title} | Facebook`);
  return (
    <div className="card notice">
      <h2>{title}</h2>
      <p className="muted">Facebook's own section: not a Page or a profile.</p>
    </div>
  );
}

export function FeedPage(): ReactNode {
  useDocumentTitle('Facebook');
  return (
    <>
      <h2 className="visually-hidden">Feed posts</h2>
      {facebookPosts.map((post) => (
        <PostArticle key={post.id} post={post} heading="h3" />
      ))}
    </>
  );
}

/** A Page's header (name, followers) over its posts or its followers tab. */
export function AccountPage({ account, tab }: { account: FacebookPage; tab: AccountTab }): ReactNode {
  useDocumentTitle(`${account.name} | Facebook`);
  // Facebook's app link names the account's numeric id; the replica keeps it current on in-site navigation.
  useMetaProperty('al:android:url', `fb://profile/${account.id}`);
  // As on the real site (facebook-page-verified): the canonical address and the Page's name, which Wasla trusts
  // only while they agree with the address bar.
  useMetaProperty('og:url', `https://www.facebook.com/${account.handle}`);
  useMetaProperty('og:title', account.name);
  const posts = facebookPosts.filter((post) => post.handle === account.handle);
  return (
    <>
      <div className="card page-header">
        <div className="cover" />
        <div className="page-identity">
          <div className="avatar avatar-large" aria-hidden="true" />
          <div>
            <h1 dir="auto">{account.name}</h1>
            <div className="muted">
              <a href={`/${account.handle}/followers/`} role="link" dir="auto">
                {account.followersText}
              </a>
              {' · '}
              <span>{account.category}</span>
            </div>
          </div>
        </div>
        {/* No "Followers" tab: the followers link above stays the only a[href$="/followers/"]. */}
        <div role="tablist" className="page-tabs">
          <a href={`/${account.handle}`} role="tab" aria-selected={tab === 'posts'}>
            Posts
          </a>
          <a href={`/${account.handle}/about`} role="tab" aria-selected={tab === 'about'}>
            About
          </a>
        </div>
      </div>
      {tab === 'posts' ? (
        posts.map((post) => <PostArticle key={post.id} post={post} heading="h3" />)
      ) : (
        <div className="card notice">
          <h2>{tab === 'about' ? 'About' : 'Followers'}</h2>
        </div>
      )}
    </>
  );
}

/** `/:handle/posts/:id`: the post, its comments, and the Lexical comment box. */
export function PostPage({ account, postId }: { account: FacebookPage; postId: string }): ReactNode {
  const post = facebookPosts.find((candidate) => candidate.handle === account.handle && candidate.id === postId);
  const [replyOpen, setReplyOpen] = useState<string | null>(null);
  const replyTo = useCallback((comment: FacebookComment) => setReplyOpen(comment.id), []);
  useDocumentTitle(post ? `${account.name} - ${post.text.slice(0, 40)} | Facebook` : 'Facebook');
  if (!post) return <UnavailablePage />;
  return (
    <>
      <PostArticle post={post} heading="h2">
        <div className="comments">
          {(post.comments ?? []).map((comment) => (
            <CommentArticle
              key={comment.id}
              comment={comment}
              post={post}
              kind="Comment"
              replyOpen={replyOpen}
              onReply={replyTo}
            />
          ))}
          <CommentBox />
        </div>
      </PostArticle>
    </>
  );
}
