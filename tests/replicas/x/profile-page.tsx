/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../shared/head';
import { xAccounts, xTweets, type XAccount } from './data';
import { EmptyState } from './empty-state';
import { Tweet } from './tweet';

function ProfileHeader({ account }: { account: XAccount }): ReactNode {
  return (
    <div className="profile-header">
      <div className="profile-banner" />
      <div className="avatar avatar-large" data-testid={`UserAvatar-Container-${account.handle}`} />
      {/* The display name and the handle sit in separate spans, as on X, so they can be read apart. */}
      <div data-testid="UserName" className="profile-name">
        <div>
          <span className="display-name">
            <span>{account.displayName}</span>
          </span>
        </div>
        <div className="muted">
          <span>@{account.handle}</span>
        </div>
      </div>
      <div data-testid="UserDescription" dir="auto">
        {account.bio}
      </div>
      <div className="follow-counts">
        <a href={`/${account.handle}/following`} role="link">
          <span className="count">{account.followingText}</span> <span className="muted">Following</span>
        </a>
        <a href={`/${account.handle}/verified_followers`} role="link">
          <span className="count">{account.followersText}</span> <span className="muted">Followers</span>
        </a>
      </div>
    </div>
  );
}

export function ProfilePage({ handle }: { handle: string }): ReactNode {
  const account = xAccounts[handle];
  useDocumentTitle(account ? `${account.displayName} (@${account.handle}) / X` : 'Profile / X');
  if (!account) {
    return <EmptyState title="This account doesn’t exist" detail="Try searching for another." />;
  }
  const tweets = xTweets.filter((tweet) => tweet.handle === account.handle);
  return (
    <>
      <ProfileHeader account={account} />
      <section aria-labelledby="profile-timeline-heading" role="region">
        <h1 id="profile-timeline-heading" className="visually-hidden">
          {account.displayName}’s posts
        </h1>
        <div aria-label={`Timeline: ${account.displayName}’s posts`}>
          {tweets.map((tweet) => (
            <Tweet key={tweet.id} tweet={tweet} />
          ))}
        </div>
      </section>
    </>
  );
}

export function FollowersPage({ handle }: { handle: string }): ReactNode {
  const account = xAccounts[handle];
  useDocumentTitle(account ? `People following ${account.displayName} (@${account.handle}) / X` : 'Followers / X');
  if (!account) return <EmptyState title="This account doesn’t exist" detail="Try searching for another." />;
  return (
    <section role="region" aria-label="Followers">
      <h2 dir="auto">{account.displayName}</h2>
      <p className="muted">Followers you can see</p>
    </section>
  );
}
