import type { Page } from '@playwright/test';
import type { ProtocolMap } from '@/utils/messages';

/**
 * Sends a message in the extension's own wire format (@webext-core/messaging) from an extension page, so
 * tests talk to the real background exactly as the popup and options page do.
 */
export async function sendToBackground<T extends keyof ProtocolMap>(
  extensionPage: Page,
  type: T,
  data?: Parameters<ProtocolMap[T]>[0],
): Promise<ReturnType<ProtocolMap[T]>> {
  const reply = await extensionPage.evaluate(
    ([messageType, messageData]) =>
      chrome.runtime.sendMessage({ id: Date.now(), type: messageType, data: messageData, timestamp: Date.now() }),
    [type, data] as const,
  );
  const { res, err } = reply as { res?: ReturnType<ProtocolMap[T]>; err?: unknown };
  if (err !== undefined || res === undefined) throw new Error(`background failed on ${type}: ${JSON.stringify(err)}`);
  return res;
}

export async function openExtensionPage(
  page: Page,
  extensionId: string,
  path: 'options.html' | 'popup.html',
  hash = '',
) {
  await page.goto(`chrome-extension://${extensionId}/${path}${hash}`);
}
