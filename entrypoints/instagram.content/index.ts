import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '@/utils/overlay/mount-sidebar';
import { instagramAdapter } from '@/utils/sites/instagram';
import { codePointLength } from '@/utils/templates/length';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  // The sidebar's CSS is inlined into its shadow root (no fetch); start as soon as the DOM is parsed.
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => mountSidebar(ctx, instagramAdapter, codePointLength),
});
