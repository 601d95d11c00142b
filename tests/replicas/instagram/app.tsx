/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { interceptInSiteLinks, useCurrentUrl } from '../shared/navigation';
import { installReplicaApi } from '../shared/replica-api';
import { applyRequestedTheme } from '../shared/theme';
import { instagramProfiles } from './data';
import { FeedPage, PostPage, ProfilePage, ReservedPage, UnavailablePage } from './pages';
import { routeFor, type InstagramRoute } from './routes';

// The Instagram replica (www.instagram.com): see index.html for what it imitates and README.md for the DOM contract.

function MainContent({ route }: { route: InstagramRoute }): ReactNode {
  switch (route.page) {
    case 'feed':
      return <FeedPage />;
    case 'profile':
      return <ProfilePage key={route.username} username={route.username} followersOpen={route.followersOpen} />;
    case 'post':
      return <PostPage key={route.code} code={route.code} />;
    case 'reserved':
      return <ReservedPage section={route.section} />;
    case 'unavailable':
      return <UnavailablePage />;
  }
}

function SideNavigation(): ReactNode {
  return (
    <div role="navigation" aria-label="Primary" className="side-nav">
      <a href="/" role="link" className="wordmark">
        Instagram
      </a>
      <a href="/" role="link">
        Home
      </a>
      <a href="/explore/" role="link">
        Explore
      </a>
      <a href="/reels/" role="link">
        Reels
      </a>
      <a href="/direct/inbox/" role="link">
        Messages
      </a>
      <h2 className="muted">Accounts</h2>
      {instagramProfiles.map((profile) => (
        <a key={profile.username} href={`/${profile.username}/`} role="link">
          {profile.username}
        </a>
      ))}
    </div>
  );
}

function InstagramApp(): ReactNode {
  const route = routeFor(useCurrentUrl());
  return (
    <div className="app">
      <SideNavigation />
      <main role="main" className="main-column">
        <MainContent route={route} />
      </main>
    </div>
  );
}

applyRequestedTheme();
installReplicaApi('instagram', 'textarea');
interceptInSiteLinks();
const container = document.getElementById('mount_0_0_ig');
if (!container) throw new Error('instagram replica: #mount_0_0_ig missing from index.html');
createRoot(container).render(<InstagramApp />);
