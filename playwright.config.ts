import { defineConfig } from '@playwright/test';

// The extension is loaded from `.output/chrome-mv3` (built by `npm run test:e2e` before this runs) into
// Debian's Chromium; each test gets its own persistent profile (see tests/support/extension.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
