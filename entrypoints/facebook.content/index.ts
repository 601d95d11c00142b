import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '@/utils/overlay/mount-sidebar';
import { facebookAdapter } from '@/utils/sites/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => mountSidebar(ctx, facebookAdapter),
});
