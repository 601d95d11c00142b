import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from './commands';
import { registerHandlers } from './handlers';

// The background owns all state. `main` stays synchronous so listeners are registered in the first turn of
// every worker start (Chrome only delivers events to listeners added synchronously).
export default defineBackground(() => {
  registerHandlers();
  registerCommands();
});
