import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '@/utils/overlay/mount-sidebar';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => mountSidebar(ctx, 'instagram'),
});
