import { existsSync } from 'node:fs';

/** Debian's Chromium: Playwright cannot download its own browsers on our machines. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found)
    throw new Error('Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

/** Flags that keep Chromium quiet on a machine without internet. */
export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];
