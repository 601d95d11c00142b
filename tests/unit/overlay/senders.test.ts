import { describe, expect, it } from 'vitest';
import { mayAsk, senderKind } from '@/entrypoints/background/senders';
import { requests } from '@/utils/protocol';
import type { MessageType } from '@/utils/messages';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const contentScript = { id, url: 'https://x.com/acme_store' };
const sidebarFrame = { id, url: 'chrome-extension://0f6d3c52-8d0a-4b7e-9a51-2f1c1f5b7d10/sidebar.html' };
const options = { id, url: `chrome-extension://${id}/options.html#team` };
const popup = { id, url: `chrome-extension://${id}/popup.html` };

describe('senderKind', () => {
  it('tells a content script, the sidebar frame (also on its dynamic URL) and the extension pages apart', () => {
    expect(senderKind(contentScript, id)).toBe('content');
    expect(senderKind(sidebarFrame, id)).toBe('sidebar');
    expect(senderKind({ id, url: `moz-extension://5b0e1c4e-1111-4222-8333-944455556666/sidebar.html` }, id)).toBe(
      'sidebar',
    );
    expect(senderKind(options, id)).toBe('page');
    expect(senderKind(popup, id)).toBe('page');
  });

  it('is nobody for another extension, a sender without a URL, or an odd scheme', () => {
    expect(senderKind({ ...options, id: 'another-extension' }, id)).toBeNull();
    expect(senderKind({ id }, id)).toBeNull();
    expect(senderKind({ id, url: 'file:///etc/passwd' }, id)).toBeNull();
    expect(senderKind({ id, url: 'not a url' }, id)).toBeNull();
  });
});

// Issue 16 item 3: each of these is refused from anything but the extension's own pages, one test each.
const pagesOnly: MessageType[] = [
  'exportBackup',
  'importBackup',
  'setSyncConfig',
  'signIn',
  'signUp',
  'sendSignInCode',
  'verifySignInCode',
  'signOut',
  'createTeam',
  'joinTeam',
  'setActiveTeam',
  'createInvite',
  'setMemberRole',
  'removeMember',
  'leaveTeam',
  'shareClients',
];

describe('who may ask for what', () => {
  for (const type of pagesOnly) {
    it(`${type}: refused from a content script and from the sidebar frame, accepted from the options page`, () => {
      expect(mayAsk(type, senderKind(contentScript, id))).toBe(false);
      expect(mayAsk(type, senderKind(sidebarFrame, id))).toBe(false);
      expect(mayAsk(type, senderKind(options, id))).toBe(true);
    });
  }

  it('a content script may send page facts and what insertion records, nothing else', () => {
    const allowed = (Object.keys(requests) as MessageType[]).filter((type) => mayAsk(type, 'content')).sort();
    expect(allowed).toEqual(['pageShown', 'ping', 'recordFollowers', 'recordTemplateUse']);
  });

  it("the sidebar frame may send its features' requests, and reads no timesheet, entries or settings", () => {
    const allowed = (Object.keys(requests) as MessageType[]).filter((type) => mayAsk(type, 'sidebar')).sort();
    expect(allowed).toEqual([
      'deleteRecord',
      'listTemplates',
      'pageInfo',
      'pageShown',
      'ping',
      'recordFollowers',
      'recordTemplateUse',
      'saveRecord',
      'searchTemplates',
      'startTimer',
      'stopTimer',
      'syncNow',
      'tagAccount',
    ]);
  });

  it('popup and options may ask for everything', () => {
    expect((Object.keys(requests) as MessageType[]).every((type) => mayAsk(type, 'page'))).toBe(true);
  });

  it('nobody may ask for anything', () => {
    expect((Object.keys(requests) as MessageType[]).some((type) => mayAsk(type, null))).toBe(false);
  });
});
