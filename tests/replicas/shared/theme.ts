// `?theme=dark` on the first load picks the dark appearance, standing in for the user's saved display setting
// (the real sites also keep it across in-site navigation). The extension's sidebar follows the page's theme,
// so tests need both.

export type ReplicaTheme = 'light' | 'dark';

export function applyRequestedTheme(): ReplicaTheme {
  const theme: ReplicaTheme = new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';
  const root = document.documentElement;
  root.dataset.replicaTheme = theme; // the site's styles.css picks its colours from this
  root.style.colorScheme = theme;
  return theme;
}
