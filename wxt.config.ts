import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { iconSizes, renderIcons } from './components/icons/render';
import ar from './utils/i18n/locales/ar.json';
import arOverlay from './utils/i18n/locales/ar.overlay.json';
import en from './utils/i18n/locales/en.json';
import enOverlay from './utils/i18n/locales/en.overlay.json';

// The manifest's own strings come from the same locale files as the UI's, written as _locales at build time.
const manifestKeys = {
  extName: 'appName',
  extDescription: 'appTagline',
  commandToggleSidebar: 'commandToggleSidebar',
  commandToggleTimer: 'commandToggleTimer',
  commandFocusTemplates: 'commandFocusTemplates',
} as const;

function manifestMessages(catalog: typeof en & typeof enOverlay) {
  return JSON.stringify(
    Object.fromEntries(Object.entries(manifestKeys).map(([name, key]) => [name, { message: catalog[key] }])),
    null,
    2,
  );
}

// The sites whose pages Wasla overlays. Content scripts are declared per site in entrypoints/*.content.
export default defineConfig({
  hooks: {
    'build:publicAssets': async (wxt, assets) => {
      assets.push({ relativeDest: '_locales/en/messages.json', contents: manifestMessages({ ...enOverlay, ...en }) });
      assets.push({ relativeDest: '_locales/ar/messages.json', contents: manifestMessages({ ...arOverlay, ...ar }) });
      const icons = await renderIcons(resolve(wxt.config.wxtDir, 'icons'));
      for (const size of iconSizes) assets.push({ relativeDest: `icon-${size}.png`, absoluteSrc: icons[size] });
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
    // ASCII-only output (non-ASCII written as escapes): V8 keeps a script's source in memory as a two-byte string
    // if a single character of it is outside Latin-1, and the content scripts' few Arabic letters (follower counts
    // like "ألف") doubled the source each host page holds, ~29 KB per page (tests/bench/heap-breakdown.ts).
    esbuild: { charset: 'ascii' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: Object.fromEntries(iconSizes.map((size) => [size, `icon-${size}.png`])),
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'idle', 'notifications'],
    // The team's Supabase URL is only known at run time: it is asked for then (issue 8), never granted up front.
    // http only for a project on this computer (`supabase start` serves http://127.0.0.1:54321).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+W' },
        description: '__MSG_commandToggleSidebar__',
      },
      'toggle-timer': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandToggleTimer__',
      },
      // From the reply box to the template search (issue 14 item 5). Facebook, Instagram and X bind single keys,
      // Shift+? and Ctrl/Cmd+Enter, none with Alt+Shift (their shortcut help pages); rebindable in the
      // browser's shortcuts page like the others.
      'focus-templates': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandFocusTemplates__',
      },
    },
    // The sidebar's page is shown in a frame inside the sites' pages. Chromium serves it under a per-session
    // dynamic origin, so a page cannot probe a fixed chrome-extension://<id>/sidebar.html to learn Wasla is
    // installed (Firefox already gives each install its own moz-extension UUID and has no such key).
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        // The sites the content scripts run on (entrypoints/*.content).
        matches: [
          'https://www.facebook.com/*',
          'https://web.facebook.com/*',
          'https://m.facebook.com/*',
          'https://www.instagram.com/*',
          'https://x.com/*',
          'https://twitter.com/*',
        ],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wasla@wasla.app',
              // data_collection_permissions exists from Firefox 140 (142 on Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
