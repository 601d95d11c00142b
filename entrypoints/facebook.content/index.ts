import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '@/utils/overlay/page-agent';
import { facebookAdapter } from '@/utils/sites/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  // The sidebar itself is an extension page in a frame (entrypoints/sidebar): no CSS goes into the host page.
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => startPageAgent(ctx, facebookAdapter),
});
