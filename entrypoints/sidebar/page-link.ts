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
  if (!browser.tabs) return linkOver(reopeningPort(() => browser.runtime.connect({ name: sidebarPortName })));
  const tab = await browser.tabs.getCurrent();
  const tabId = tab?.id;
  if (tabId === undefined) throw new Error('the sidebar is not in a tab');
  return linkOver(reopeningPort(() => browser.tabs.connect(tabId, { name: sidebarPortName, frameId: 0 })));
}

/** What the link needs of a port. */
export interface LinkPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  /** Called after the port was opened again (answers still awaited on the old one will never come). */
  onReopen?(listener: () => void): void;
}

/** How long the frame waits before opening the port again after it closed: doubling while nothing answers. */
const reopenAfterMs = { first: 250, most: 5000 };

/**
 * The port to the page agent, opened again whenever it closes; the agent sends its facts on every new port.
 * Firefox's goes through the background's relay, which closes when the background page reloads (an update, or
 * Firefox restarting it) while the sidebar stays open; Chromium's closes if the agent could not take it (a port
 * opened before the page's agent listened closes at once).
 */
function reopeningPort(connect: () => Browser.runtime.Port): LinkPort {
  const listeners = new Set<(message: unknown) => void>();
  const reopened = new Set<() => void>();
  let port: Browser.runtime.Port;
  let wait = reopenAfterMs.first;
  const open = (again: boolean) => {
    port = connect();
    port.onMessage.addListener((message) => {
      wait = reopenAfterMs.first;
      listeners.forEach((listener) => listener(message));
    });
    port.onDisconnect.addListener(() => {
      setTimeout(() => open(true), wait);
      wait = Math.min(wait * 2, reopenAfterMs.most);
    });
    if (again) reopened.forEach((listener) => listener());
  };
  open(false);
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: { addListener: (listener) => void listeners.add(listener) },
    onReopen: (listener) => void reopened.add(listener),
  };
}

/** The typed link over an open port (tests pass a port of their own). */
export function linkOver(port: LinkPort): PageLink {
  const factListeners = new Set<(facts: PageFacts) => void>();
  const commandListeners = new Set<(command: 'toggle' | 'focusTemplates' | 'focusLabel') => void>();
  /** Each unanswered question: how to answer it, and its answer if the port closes first. */
  const pending = new Map<number, { resolve: (value: InsertOutcome | string) => void; lost: InsertOutcome | string }>();
  let lastFacts: PageFacts | null = null;
  let nextId = 1;
  port.onMessage.addListener((raw) => {
    const message = raw as PageMessage;
    if (message.type === 'facts') {
      lastFacts = message.facts;
      factListeners.forEach((listener) => listener(message.facts));
    } else if (message.type === 'answer') {
      pending.get(message.id)?.resolve(message.value);
      pending.delete(message.id);
    } else {
      commandListeners.forEach((listener) => listener(message.type));
    }
  });
  let lastLayout: FrameLayout | null = null;
  port.onReopen?.(() => {
    // What was asked on the closed port is answered as a failure; the agent learns the layout again.
    for (const { resolve, lost } of pending.values()) resolve(lost);
    pending.clear();
    if (lastLayout) send({ type: 'layout', layout: lastLayout });
  });
  const send = (message: FrameMessage) => port.postMessage(message);
  const ask = <T extends InsertOutcome | string>(
    message: { type: 'insert'; text: string; replyingTo: ReplyingTo | null } | { type: 'composerText' },
    lost: T,
  ) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: InsertOutcome | string) => void, lost });
      send({ ...message, id } as FrameMessage);
    });
  return {
    onFacts: (listener) => {
      factListeners.add(listener);
      if (lastFacts) listener(lastFacts);
    },
    onCommand: (listener) => void commandListeners.add(listener),
    layout: (layout) => {
      lastLayout = layout;
      send({ type: 'layout', layout });
    },
    insert: (text, replyingTo) =>
      ask<InsertOutcome>({ type: 'insert', text, replyingTo }, { ok: false, reason: 'disconnected' }),
    composerText: () => ask<string>({ type: 'composerText' }, ''),
    returnFocus: () => send({ type: 'returnFocus' }),
  };
}
