// Issue 18 item 4: each request is defined once (utils/protocol.ts). The background answers through that one
// definition: the sender rule first, then the request's schema, then the handler, whose answer its answer schema
// describes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer } from '@/entrypoints/background/handlers';
import { api, overlayApi } from '@/utils/messages';
import { answerSchema, requests, type MessageType, type RequestOf } from '@/utils/protocol';
import { changesItem } from '@/utils/storage-items';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const options = { id, url: `chrome-extension://${id}/options.html` };
const sidebarFrame = { id, url: `chrome-extension://${id}/sidebar.html` };
const contentScript = { id, url: 'https://x.com/acme_store' };

/** Sends `request` from the options page and checks the answer against the request's answer schema. */
async function roundTrip<T extends MessageType>(type: T, request: RequestOf<T>) {
  const result = await answer(type, request, options, id);
  if (!result.ok) throw new Error(`${type} refused: ${JSON.stringify(result.problems)}`);
  // The answer crosses the wire as a structured clone: what arrives must still match its schema, unchanged.
  const arrived: unknown = structuredClone(result.value);
  expect(answerSchema(type, request).parse(arrived)).toEqual(result.value);
  return result.value;
}

describe('a malformed request', () => {
  it('is refused with the path of the bad field and what was found, and nothing is written', async () => {
    const refused = await answer('startTimer', { clientId: 'not-an-id' }, sidebarFrame, id);
    expect(refused).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'clientId', found: expect.objectContaining({ value: 'not-an-id' }) })],
    });
    expect(await answer('getTimer', undefined, options, id)).toMatchObject({ ok: true, value: { timer: null } });
  });

  it('is refused for a field the definition does not know', async () => {
    const refused = await answer('saveRecord', { store: 'clients', record: {}, extra: 1 }, options, id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]).toMatchObject({ path: '' });
    expect(await roundTrip('listRecords', { store: 'clients' })).toEqual([]);
  });

  it('is refused when the store is not one of the stores', async () => {
    const refused = await answer('listRecords', { store: 'passwords' }, options, id);
    expect(refused).toMatchObject({ ok: false, problems: [{ path: 'store' }] });
  });
});

describe('a handler answers what its definition says', () => {
  it('a saved client and the list of clients round-trip through their answer schemas', async () => {
    const saved = await roundTrip('saveRecord', {
      store: 'clients',
      record: { nameAr: 'متجر أكمي', nameEn: 'Acme Store', color: '#0f766e', notes: '', archived: false },
    });
    expect(saved).toMatchObject({ nameEn: 'Acme Store', deletedAt: null });
    const listed = await roundTrip('listRecords', { store: 'clients' });
    expect(listed).toContainEqual(saved);
  });

  it('a store answer is held to its own store: a client is not a contract', async () => {
    const saved = await roundTrip('saveRecord', {
      store: 'clients',
      record: { nameAr: 'عميل', nameEn: 'Client', color: '#0f766e', notes: '', archived: false },
    });
    expect(answerSchema('saveRecord', { store: 'contracts', record: {} }).safeParse(saved).success).toBe(false);
  });

  it('the timer and a refusal for an unknown client answer as defined', async () => {
    expect(await roundTrip('getTimer', undefined)).toEqual({ timer: null, idle: null });
    const unknownClient = await answer('startTimer', { clientId: crypto.randomUUID() }, options, id);
    expect(unknownClient).toEqual({ ok: false, problems: [{ code: 'unknownReference', path: 'clientId' }] });
  });
});

describe('the sender rule comes first', () => {
  it('a content script asking for a backup is refused at the sender, before its data is read', async () => {
    expect(await answer('exportBackup', { part: 0 }, contentScript, id)).toEqual({
      ok: false,
      problems: [{ code: 'invalidMessage', path: 'sender' }],
    });
  });

  it('every request has an answer schema and at least one allowed sender', () => {
    for (const [type, definition] of Object.entries(requests)) {
      expect(definition.from.length, type).toBeGreaterThan(0);
      expect(definition.answer, type).toBeDefined();
    }
  });
});

describe("the callers' wrappers", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Carries the wrappers' messages to the background's dispatch as the runtime would, from `sender`. */
  function wire(sender: { id: string; url: string }) {
    vi.stubGlobal('chrome', {
      runtime: {
        lastError: undefined,
        sendMessage: (message: { type: MessageType; data: unknown }, reply: (answer: unknown) => void) =>
          void answer(message.type, message.data, sender, id).then((res) => reply({ res })),
      },
    });
  }

  it('send what the definition names and get back its typed answer', async () => {
    wire(options);
    const saved = await api.save('clients', {
      nameAr: 'عميل',
      nameEn: 'Client',
      color: '#0f766e',
      notes: '',
      archived: false,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    // The background keeps one database connection for the file, so earlier tests' clients are listed too.
    const listed = await api.list('clients');
    expect(listed.ok && listed.value).toContainEqual(saved.value);
    expect(await api.timer()).toEqual({ ok: true, value: { timer: null, idle: null } });
  });

  it("from the sidebar's frame, its features' requests pass and the pages' are refused", async () => {
    wire(sidebarFrame);
    expect(await overlayApi.searchTemplates({ query: 'x', clientId: null, platform: 'x' })).toEqual({
      ok: true,
      value: [],
    });
    expect(await api.exportBackup({ part: 0 })).toEqual({
      ok: false,
      problems: [{ code: 'invalidMessage', path: 'sender' }],
    });
  });
});

describe('template changes name the templates', () => {
  it('a use announces its template, and the sidebar reads just that one again (a tombstone for a deleted one)', async () => {
    const saved = await roundTrip('saveRecord', {
      store: 'templates',
      record: { title: 'Opening hours', bodies: { en: 'We open at nine.' } },
    });
    expect(await changesItem.getValue()).toMatchObject({ stores: ['templates'], templateIds: [saved.id] });
    const other = await roundTrip('saveRecord', {
      store: 'templates',
      record: { title: 'Delivery', bodies: { en: 'Two days.' } },
    });
    const used = await answer(
      'recordTemplateUse',
      { templateId: saved.id, clientId: null, platform: 'x', language: 'en' },
      contentScript,
      id,
    );
    expect(used.ok).toBe(true);
    expect(await changesItem.getValue()).toMatchObject({ stores: ['templates', 'uses'], templateIds: [saved.id] });

    const read = await answer('listTemplates', { ids: [saved.id] }, sidebarFrame, id);
    expect(read).toMatchObject({ ok: true, value: [{ id: saved.id, usageCount: 1 }] });
    if (read.ok) expect(read.value).toHaveLength(1);

    await roundTrip('deleteRecord', { store: 'templates', id: other.id });
    expect(await changesItem.getValue()).toMatchObject({ templateIds: [other.id] });
    const gone = await answer('listTemplates', { ids: [other.id, crypto.randomUUID()] }, sidebarFrame, id);
    expect(gone).toMatchObject({ ok: true, value: [{ id: other.id, deletedAt: expect.any(String) }] });
    if (gone.ok) expect(gone.value).toHaveLength(1);
  });

  it('an import announces no ids (any template may have changed)', async () => {
    const imported = await answer(
      'importTemplates',
      { drafts: [{ title: 'Imported', bodies: { en: 'Hello.' } }] },
      options,
      id,
    );
    expect(imported.ok).toBe(true);
    expect(await changesItem.getValue()).toMatchObject({ stores: ['templates'], templateIds: null });
  });
});
