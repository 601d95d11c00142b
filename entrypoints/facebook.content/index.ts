import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageAgentInjection, startPageAgent } from '@/utils/overlay/page-agent';
import { facebookAdapter } from '@/utils/sites/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  ...pageAgentInjection,
  main: (ctx) => startPageAgent(ctx, facebookAdapter),
});
