/** @jsxImportSource react */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import 'draft-js/dist/Draft.css';
import './styles.css';
import { useDocumentTitle } from '../shared/head';
import { interceptInSiteLinks, useCurrentUrl } from '../shared/navigation';
import { installReplicaApi } from '../shared/replica-api';
import { applyRequestedTheme } from '../shared/theme';
import { xAccounts } from './data';
import { HomePage } from './home-page';
import { EmptyState } from './empty-state';
import { FollowersPage, ProfilePage } from './profile-page';
import { routeFor, type XRoute } from './routes';
import { StatusPage } from './status-page';

// The X replica (x.com): see index.html for what it imitates and README.md for the DOM contract.

/** "explore" → "Explore"; X's /i/<feature> pages are titled by the feature ("Bookmarks"). */
function sectionTitle(section: string, feature: string | undefined): string {
  const name = section === 'i' && feature ? feature : section;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Explore, Settings, Messages…: X's own pages, which must never look like a profile. */
function ReservedPage({ title }: { title: string }): ReactNode {
  useDocumentTitle(`${title} / X`);
  return (
    <section role="region" aria-label={title}>
      <h2 className="column-heading">{title}</h2>
      <p className="muted">Nothing to see here yet.</p>
    </section>
  );
}

function PrimaryColumnPage({ route }: { route: XRoute }): ReactNode {
  switch (route.page) {
    case 'home':
      return (
        <HomePage
          key={`${route.stream.count}/${route.stream.batchSize}`}
          streamCount={route.stream.count}
          batchSize={route.stream.batchSize}
        />
      );
    case 'reserved':
      return <ReservedPage title={sectionTitle(route.section, route.feature)} />;
    case 'profile':
      return <ProfilePage key={route.handle} handle={route.handle} />;
    case 'followers':
      return <FollowersPage handle={route.handle} />;
    case 'status':
      return <StatusPage key={route.statusId} statusId={route.statusId} />;
    case 'not-found':
      return <EmptyState title="Hmm...this page doesn’t exist." detail="Try searching for something else." />;
  }
}

function WhoToFollow(): ReactNode {
  return (
    <aside aria-label="Who to follow" className="card">
      <h2>You might like</h2>
      {['wasla_demo', 'acme_store'].map((handle) => (
        <div key={handle} data-testid="UserCell" className="user-cell">
          <a href={`/${handle}`} role="link">
            <span>{xAccounts[handle]?.displayName}</span> <span className="muted">@{handle}</span>
          </a>
        </div>
      ))}
    </aside>
  );
}

function XApp(): ReactNode {
  const route = routeFor(useCurrentUrl());
  return (
    <div className="app">
      <header role="banner" className="side-nav">
        <nav role="navigation" aria-label="Primary">
          <a href="/home" data-testid="AppTabBar_Home_Link" aria-label="Home" role="link">
            Home
          </a>
          <a href="/explore" data-testid="AppTabBar_Explore_Link" aria-label="Search and explore" role="link">
            Explore
          </a>
          <a href="/notifications" data-testid="AppTabBar_Notifications_Link" aria-label="Notifications" role="link">
            Notifications
          </a>
          <a href="/wasla_demo" data-testid="AppTabBar_Profile_Link" aria-label="Profile" role="link">
            Profile
          </a>
        </nav>
      </header>
      <main role="main">
        <div data-testid="primaryColumn" className="primary-column">
          <PrimaryColumnPage route={route} />
        </div>
        <div data-testid="sidebarColumn" className="sidebar-column">
          <WhoToFollow />
        </div>
      </main>
    </div>
  );
}

applyRequestedTheme();
installReplicaApi('x', 'draft');
interceptInSiteLinks();
const container = document.getElementById('react-root');
if (!container) throw new Error('x replica: #react-root missing from index.html');
createRoot(container).render(<XApp />);
