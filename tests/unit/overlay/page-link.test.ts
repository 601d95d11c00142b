import { describe, expect, it } from 'vitest';
import { linkOver } from '@/entrypoints/sidebar/page-link';
import { diagnosticText } from '@/utils/overlay/diagnostic';
import type { FrameMessage, PageFacts, PageMessage } from '@/utils/overlay/port';

/** Both ends of a port, in memory: what the frame posts is recorded, and the test plays the page agent. */
function fakePort() {
  const listeners: ((message: unknown) => void)[] = [];
  const sent: FrameMessage[] = [];
  const reopened: (() => void)[] = [];
  return {
    port: {
      postMessage: (message: unknown) => void sent.push(message as FrameMessage),
      onMessage: { addListener: (listener: (message: unknown) => void) => void listeners.push(listener) },
      onReopen: (listener: () => void) => void reopened.push(listener),
    },
    sent,
    fromPage: (message: PageMessage) => listeners.forEach((listener) => listener(message)),
    /** The port closed and was opened again (Firefox's relay after its background page reloaded). */
    reopen: () => reopened.forEach((listener) => listener()),
  };
}

const facts: PageFacts = {
  platform: 'facebook',
  url: 'https://www.facebook.com/acme',
  kind: 'account',
  account: null,
  followers: null,
  theme: 'dark',
  labelTarget: null,
  replyingTo: null,
  unreadable: null,
};

describe('the page link (the frame side of the port)', () => {
  it('answers each insertion with the page agent answer of the same id, whatever the order', async () => {
    const { port, sent, fromPage } = fakePort();
    const link = linkOver(port as never);
    const first = link.insert('first', null);
    const second = link.composerText();
    expect(sent).toEqual([
      { type: 'insert', id: 1, text: 'first', replyingTo: null },
      { type: 'composerText', id: 2 },
    ]);
    fromPage({ type: 'answer', id: 2, value: 'what the reply box holds' });
    fromPage({ type: 'answer', id: 1, value: { ok: false, reason: 'noComposer' } });
    await expect(first).resolves.toEqual({ ok: false, reason: 'noComposer' });
    await expect(second).resolves.toBe('what the reply box holds');
  });

  it('gives a late listener the last page facts, and passes commands on', () => {
    const { port, fromPage } = fakePort();
    const link = linkOver(port as never);
    fromPage({ type: 'facts', facts });
    const seen: PageFacts[] = [];
    link.onFacts((next) => seen.push(next));
    expect(seen).toEqual([facts]);
    const commands: string[] = [];
    link.onCommand((command) => commands.push(command));
    fromPage({ type: 'focusTemplates' });
    fromPage({ type: 'toggle' });
    expect(commands).toEqual(['focusTemplates', 'toggle']);
  });

  it('after the port reopens, answers what was still asked as lost and tells the agent its layout again', async () => {
    const { port, sent, fromPage, reopen } = fakePort();
    const link = linkOver(port);
    const layout = { open: true, preferred: 'left' as const, title: 'وصلة', labelButton: null };
    link.layout(layout);
    const inserting = link.insert('مرحبا', null);
    const reading = link.composerText();
    reopen();
    await expect(inserting).resolves.toEqual({ ok: false, reason: 'disconnected' });
    await expect(reading).resolves.toBe('');
    expect(sent.at(-1)).toEqual({ type: 'layout', layout });
    // A late answer from the old port finds nothing waiting; new questions are answered as usual.
    fromPage({ type: 'answer', id: 1, value: { ok: true } });
    const again = link.insert('again', null);
    fromPage({ type: 'answer', id: 3, value: { ok: true } });
    await expect(again).resolves.toEqual({ ok: true });
  });
});

describe('the diagnostic to copy', () => {
  it('holds the page kind, which readers matched and counts, never a name or a handle', () => {
    const text = diagnosticText(
      {
        platform: 'instagram',
        kind: 'post',
        urlHandle: false,
        urlStableId: false,
        readers: { account: false, followers: false, contentRoot: true, composer: true },
        posts: 0,
        comments: 7,
      },
      '0.1.0',
    );
    expect(text).toBe(
      'Wasla 0.1.0\nsite=instagram kind=post urlHandle=no urlStableId=no\nreaders: account=no followers=no contentRoot=yes composer=yes\nposts=0 comments=7',
    );
  });
});
