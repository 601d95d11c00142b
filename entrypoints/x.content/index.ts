import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '@/utils/overlay/page-agent';
import { xAdapter } from '@/utils/sites/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  // The sidebar itself is an extension page in a frame (entrypoints/sidebar): no CSS goes into the host page.
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => startPageAgent(ctx, xAdapter),
});
