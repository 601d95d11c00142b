import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '@/utils/overlay/mount-sidebar';
import { xAdapter } from '@/utils/sites/x';
import { xWeightedLength } from '@/utils/templates/x-count';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  // The sidebar's CSS is inlined into its shadow root (no fetch); start as soon as the DOM is parsed.
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => mountSidebar(ctx, xAdapter, xWeightedLength),
});
