/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { interceptInSiteLinks, useCurrentUrl } from '../shared/navigation';
import { installReplicaApi } from '../shared/replica-api';
import { applyRequestedTheme } from '../shared/theme';
import { facebookPages } from './data';
import { AccountPage, FeedPage, PostPage, ReservedPage, UnavailablePage } from './pages';
import { routeFor, type FacebookRoute } from './routes';

// The Facebook replica (www.facebook.com): see index.html for what it imitates and README.md for the DOM contract.

function MainContent({ route }: { route: FacebookRoute }): ReactNode {
  switch (route.page) {
    case 'feed':
      return <FeedPage />;
    case 'account':
      return <AccountPage key={route.account.id} account={route.account} tab={route.tab} />;
    case 'post':
      return <PostPage key={route.postId} account={route.account} postId={route.postId} />;
    case 'reserved':
      return <ReservedPage section={route.section} />;
    case 'unavailable':
      return <UnavailablePage />;
  }
}

function TopBar(): ReactNode {
  return (
    <div role="banner" className="top-bar">
      <a href="/" aria-label="Facebook" className="logo">
        f
      </a>
      <input type="search" aria-label="Search Facebook" placeholder="Search Facebook" className="search" />
      <div role="navigation" aria-label="Facebook" className="top-nav">
        <a href="/" aria-label="Home">
          Home
        </a>
        <a href="/watch" aria-label="Video">
          Video
        </a>
        <a href="/marketplace" aria-label="Marketplace">
          Marketplace
        </a>
        <a href="/groups/feed/" aria-label="Groups">
          Groups
        </a>
        <a href="/gaming" aria-label="Gaming">
          Gaming
        </a>
      </div>
    </div>
  );
}

function Shortcuts(): ReactNode {
  return (
    <div role="navigation" aria-label="Shortcuts" className="shortcuts">
      <h2>Your Pages</h2>
      {facebookPages.map((page) => (
        <a key={page.id} href={`/${page.handle}`} role="link">
          {page.name}
        </a>
      ))}
      <a href="/messages" role="link">
        Messages
      </a>
      <a href="/events" role="link">
        Events
      </a>
    </div>
  );
}

function FacebookApp(): ReactNode {
  const route = routeFor(useCurrentUrl());
  return (
    <>
      <TopBar />
      <div className="columns">
        <Shortcuts />
        <div role="main" className="main-column">
          <MainContent route={route} />
        </div>
      </div>
    </>
  );
}

applyRequestedTheme();
installReplicaApi('facebook', 'lexical');
interceptInSiteLinks();
const container = document.getElementById('mount_0_0_wa');
if (!container) throw new Error('facebook replica: #mount_0_0_wa missing from index.html');
createRoot(container).render(<FacebookApp />);
