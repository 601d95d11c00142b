import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '@/utils/overlay/mount-sidebar';
import { facebookAdapter } from '@/utils/sites/facebook';
import { codePointLength } from '@/utils/templates/length';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  // The sidebar's CSS is inlined into its shadow root (no fetch); start as soon as the DOM is parsed.
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => mountSidebar(ctx, facebookAdapter, codePointLength),
});
