import { defineBackground } from 'wxt/utils/define-background';
import { registerAutoTracking } from './auto-tracking';
import { registerCommands, runCommand } from './commands';
import { registerHandlers } from './handlers';
import { registerOverlayCatalog } from './overlay-catalog';
import { registerSidebarRelay } from './sidebar-relay';
import { registerTemplateFeed } from './template-feed';
import { handleIdleState, registerTimer } from './timer';
import { guardStoredValues } from '@/utils/storage-items';
import { startSync } from './sync';

// The background owns all state. `main` stays synchronous so listeners are registered in the first turn of
// every worker start (Chrome only delivers events to listeners added synchronously).
export default defineBackground(() => {
  guardStoredValues();
  registerHandlers();
  registerCommands();
  registerTimer();
  registerAutoTracking();
  registerOverlayCatalog();
  registerSidebarRelay();
  registerTemplateFeed();
  startSync();
  // Chrome offers no way to fake `idle.onStateChanged` or a keyboard command; end-to-end tests reach the same
  // handlers through these worker globals (only code running inside the extension's own worker can see them).
  Object.assign(globalThis, { waslaIdleStateChanged: handleIdleState, waslaCommand: runCommand });
});
