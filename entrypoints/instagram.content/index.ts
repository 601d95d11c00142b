import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '@/utils/overlay/mount-sidebar';
import { instagramAdapter } from '@/utils/sites/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => mountSidebar(ctx, instagramAdapter),
});
