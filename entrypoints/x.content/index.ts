import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageAgentInjection, startPageAgent } from '@/utils/overlay/page-agent';
import { xAdapter } from '@/utils/sites/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  ...pageAgentInjection,
  main: (ctx) => startPageAgent(ctx, xAdapter),
});
