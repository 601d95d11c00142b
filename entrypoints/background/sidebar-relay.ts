import { browser } from 'wxt/browser';
import { sidebarPortName } from '@/utils/overlay/port';

/**
 * Firefox gives an extension frame inside a web page only the content-script set of APIs (no `tabs`; Mozilla
 * keeps it so: w3c/webextensions#787, "proxy via the background script"), so the sidebar's frame there opens a
 * runtime port to this background, which opens the tab port to the frame's top-frame page agent and pipes both
 * ways. Only the extension's own sidebar.html, in a tab, is relayed. Chromium's frame has `tabs` and connects
 * directly (a relay there would die with the service worker).
 */
export function registerSidebarRelay(): void {
  browser.runtime.onConnect.addListener((frame) => {
    const from = frame.sender;
    const tabId = from?.tab?.id;
    if (
      frame.name !== sidebarPortName ||
      from?.id !== browser.runtime.id ||
      tabId === undefined ||
      !from.url ||
      new URL(from.url).pathname !== '/sidebar.html'
    )
      return;
    const page = browser.tabs.connect(tabId, { name: sidebarPortName, frameId: 0 });
    frame.onMessage.addListener((message) => page.postMessage(message));
    page.onMessage.addListener((message) => frame.postMessage(message));
    frame.onDisconnect.addListener(() => page.disconnect());
    page.onDisconnect.addListener(() => frame.disconnect());
  });
}
