import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '@/utils/overlay/page-agent';
import { instagramAdapter } from '@/utils/sites/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  // The sidebar itself is an extension page in a frame (entrypoints/sidebar): no CSS goes into the host page.
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => startPageAgent(ctx, instagramAdapter),
});
