import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from './commands';
import { registerHandlers } from './handlers';
import { handleIdleState, registerTimer } from './timer';

// The background owns all state. `main` stays synchronous so listeners are registered in the first turn of
// every worker start (Chrome only delivers events to listeners added synchronously).
export default defineBackground(() => {
  registerHandlers();
  registerCommands();
  registerTimer();
  // Chrome offers no way to fake `idle.onStateChanged`; end-to-end tests reach the same handler through this
  // worker-global (only code running inside the extension's own worker can see it).
  Object.assign(globalThis, { waslaIdleStateChanged: handleIdleState });
});
