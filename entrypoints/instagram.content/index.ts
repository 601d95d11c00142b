import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageAgentInjection, startPageAgent } from '@/utils/overlay/page-agent';
import { instagramAdapter } from '@/utils/sites/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  ...pageAgentInjection,
  main: (ctx) => startPageAgent(ctx, instagramAdapter),
});
