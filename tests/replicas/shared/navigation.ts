import { useMemo, useSyncExternalStore } from 'react';

// In-site navigation the way the real single-page apps do it: a click on a same-origin link becomes
// `history.pushState` plus a re-render (no document load), and Back/Forward arrive as `popstate`. The extension
// has to follow these changes without a page load, so the replicas must not reload either.

const locationSubscribers = new Set<() => void>();

function notifyLocationChanged(): void {
  for (const subscriber of locationSubscribers) subscriber();
}

/** Moves to `url` (path, query, hash) within the app, as a click on an in-site link would. */
export function navigateTo(url: string): void {
  history.pushState(null, '', url);
  window.scrollTo(0, 0);
  notifyLocationChanged();
}

/** Turns plain left clicks on same-origin links into in-app navigation, and re-renders on Back/Forward. */
export function interceptInSiteLinks(): void {
  document.addEventListener('click', (event) => {
    // Leave alone what the browser should handle itself: new tabs, downloads, clicks someone else handled.
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const destination = new URL(link.href);
    if (destination.origin !== location.origin) return;
    event.preventDefault();
    navigateTo(destination.pathname + destination.search + destination.hash);
  });
  window.addEventListener('popstate', notifyLocationChanged);
}

function subscribeToLocation(onChange: () => void): () => void {
  locationSubscribers.add(onChange);
  return () => locationSubscribers.delete(onChange);
}

/** The current URL; the calling component re-renders after every in-app navigation. */
export function useCurrentUrl(): URL {
  const href = useSyncExternalStore(subscribeToLocation, () => location.href);
  return useMemo(() => new URL(href), [href]);
}
