import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../utils/model/record';
import { TemplateIndex, type SearchableTemplate } from '../../../utils/templates/search';

// Ranking details the sidebar relies on when a word matches far more templates than the list shows:
// the list is the best `limit` in score order, the same whatever the limit, and scoped to the open client.

const acme = '11111111-1111-4111-8111-111111111111';
const globex = '22222222-2222-4222-8222-222222222222';

function t(id: string, title: string, more: Partial<SearchableTemplate> = {}): SearchableTemplate {
  return {
    id,
    title,
    bodies: { en: '' },
    clientId: null,
    platforms: ['facebook', 'instagram', 'x'] as Platform[],
    tags: [],
    usageCount: 0,
    ...more,
  };
}

/** 150 templates about orders for three owners, with titles, tags and bodies of different lengths. */
function orders(): SearchableTemplate[] {
  const owners = [null, acme, globex];
  return Array.from({ length: 150 }, (_, i) =>
    t(`order-${i}`, i % 5 === 0 ? `Order ${'update '.repeat(i % 7)}${i}` : `Reply ${i}`, {
      clientId: owners[i % 3]!,
      tags: i % 4 === 0 ? ['orders'] : [],
      bodies: {
        en: `Your order ${'is on its way '.repeat(i % 4)}number ${i}`,
        ar: i % 2 ? 'تم استلام طلبك' : 'طلبك في الطريق',
      },
      platforms: (i % 2 ? ['x'] : ['facebook']) as Platform[],
    }),
  );
}

describe('TemplateIndex.search with a word most templates contain', () => {
  const index = new TemplateIndex(orders());

  it('gives the first results of a longer list, whatever the limit', () => {
    for (const [clientId, platform] of [
      [null, null],
      [acme, 'x'],
      [globex, 'facebook'],
    ] as const) {
      const all = index.search('order', { clientId, platform, limit: 1000 });
      for (const limit of [1, 5, 10, 20, 64, 65, 99]) {
        expect(index.search('order', { clientId, platform, limit })).toEqual(all.slice(0, limit));
      }
    }
  });

  it("finds every template of the open client and for all clients, and none of another client's", () => {
    const all = index.search('order', { clientId: acme, limit: 1000 });
    expect(all).toHaveLength(100);
    expect(all.every((id) => Number(id.slice('order-'.length)) % 3 !== 2)).toBe(true);
    expect(index.search('طلب', { clientId: null, limit: 1000 })).toHaveLength(50);
  });

  it("ranks the open client's templates above the same wording for all clients", () => {
    const twins = new TemplateIndex([
      t('global', 'Order status'),
      t('acme', 'Order status', { clientId: acme }),
      t('globex', 'Order status', { clientId: globex }),
    ]);
    expect(twins.search('order', { clientId: acme })).toEqual(['acme', 'global']);
    expect(twins.search('order', { clientId: globex, limit: 1 })).toEqual(['globex']);
  });

  it('keeps templates with equal scores in the order they were indexed', () => {
    const same = new TemplateIndex(['c', 'a', 'd', 'b'].map((id) => t(id, 'Order status')));
    expect(same.search('order', { clientId: null })).toEqual(['c', 'a', 'd', 'b']);
    expect(same.search('order', { clientId: null, limit: 2 })).toEqual(['c', 'a']);
  });

  it("tolerates a typo when the open client's exact matches don't fill the list, even if another client's would", () => {
    const scoped = new TemplateIndex([
      t('exact', 'Refund policy'),
      t('typo', 'Refunt policy'),
      ...Array.from({ length: 20 }, (_, i) => t(`globex-${i}`, `Refund ${i}`, { clientId: globex })),
    ]);
    expect(scoped.search('refund', { clientId: null }).sort()).toEqual(['exact', 'typo']);
    expect(scoped.search('refund', { clientId: acme, limit: 3 }).sort()).toEqual(['exact', 'typo']);
  });

  it('returns nothing for a limit of 0', () => {
    expect(index.search('order', { clientId: null, limit: 0 })).toEqual([]);
  });
});
