import { browser, type Browser } from 'wxt/browser';
import {
  sidebarPortName,
  type FrameLayout,
  type FrameMessage,
  type InsertOutcome,
  type PageFacts,
  type PageMessage,
  type ReplyingTo,
} from '@/utils/overlay/port';

/** The sidebar's side of the port to its tab's page agent (utils/overlay/page-agent.ts). */
export interface PageLink {
  onFacts(listener: (facts: PageFacts) => void): void;
  /** `toggle`, `focusTemplates`, `focusLabel`: what the page agent forwards from a command or the Label button. */
  onCommand(listener: (command: 'toggle' | 'focusTemplates' | 'focusLabel') => void): void;
  layout(layout: FrameLayout): void;
  insert(text: string, replyingTo: ReplyingTo | null): Promise<InsertOutcome>;
  composerText(): Promise<string>;
  returnFocus(): void;
}

/**
 * Opens the port to the page agent of the tab this frame is in: `tabs.connect` to the top frame, which only the
 * extension's own contexts can do (the host page can post messages into this frame but cannot open a runtime port).
 * Firefox gives this frame no `tabs` (see entrypoints/background/sidebar-relay.ts): there the background relays.
 */
export async function connectToPage(): Promise<PageLink> {
  if (!browser.tabs) return linkOver(browser.runtime.connect({ name: sidebarPortName }));
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('the sidebar is not in a tab');
  const port: Browser.runtime.Port = browser.tabs.connect(tab.id, { name: sidebarPortName, frameId: 0 });
  return linkOver(port);
}

/** The typed link over an open port (tests pass a port of their own). */
export function linkOver(port: Pick<Browser.runtime.Port, 'postMessage' | 'onMessage'>): PageLink {
  const factListeners = new Set<(facts: PageFacts) => void>();
  const commandListeners = new Set<(command: 'toggle' | 'focusTemplates' | 'focusLabel') => void>();
  const pending = new Map<number, (value: InsertOutcome | string) => void>();
  let lastFacts: PageFacts | null = null;
  let nextId = 1;
  port.onMessage.addListener((raw) => {
    const message = raw as PageMessage;
    if (message.type === 'facts') {
      lastFacts = message.facts;
      factListeners.forEach((listener) => listener(message.facts));
    } else if (message.type === 'answer') {
      pending.get(message.id)?.(message.value);
      pending.delete(message.id);
    } else {
      commandListeners.forEach((listener) => listener(message.type));
    }
  });
  const send = (message: FrameMessage) => port.postMessage(message);
  const ask = <T extends InsertOutcome | string>(
    message: { type: 'insert'; text: string; replyingTo: ReplyingTo | null } | { type: 'composerText' },
  ) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve as (value: InsertOutcome | string) => void);
      send({ ...message, id } as FrameMessage);
    });
  return {
    onFacts: (listener) => {
      factListeners.add(listener);
      if (lastFacts) listener(lastFacts);
    },
    onCommand: (listener) => void commandListeners.add(listener),
    layout: (layout) => send({ type: 'layout', layout }),
    insert: (text, replyingTo) => ask<InsertOutcome>({ type: 'insert', text, replyingTo }),
    composerText: () => ask<string>({ type: 'composerText' }),
    returnFocus: () => send({ type: 'returnFocus' }),
  };
}
