import { useLayoutEffect } from 'preact/hooks';
import type { UiTheme } from '@/utils/model/settings';

/**
 * Applies the Theme setting to a Wasla page: `light` or `dark` sets <html data-theme>, which tokens.css turns
 * into that color-scheme; `auto` (or a setting stored before the theme existed) removes it, so the page
 * follows the browser's prefers-color-scheme.
 */
export function applyTheme(root: HTMLElement, theme: UiTheme | undefined): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

export function usePageTheme(theme: UiTheme | undefined): void {
  // Before the first paint, so a forced theme never flashes the other one.
  useLayoutEffect(() => applyTheme(document.documentElement, theme), [theme]);
}
