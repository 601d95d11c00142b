// The background and extension pages use webextension-polyfill's promise-based `browser` (one API for Chrome
// and Firefox). Content scripts deliberately do not: they only need what WXT's own helpers use, and the
// polyfill would add about 3 KB gzip to every site's script.
import browser from 'webextension-polyfill';

export { browser };

/**
 * The toolbar button: `action` in the MV3 build (Chrome), `browserAction` in the MV2 build Firefox gets, where
 * `browser.action` is undefined and every badge update threw (found by tests/firefox/smoke.test.ts).
 */
export const toolbarButton = browser.action ?? browser.browserAction;
