import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../utils/model/record';
import { TemplateIndex, type SearchableTemplate } from '../../../utils/templates/search';

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

const shippingDelay = t('shipping-delay', 'تأخير الشحنة', {
  bodies: { ar: 'نعتذر عن تأخير الشحنة يا {{customer}}', en: 'Sorry your shipment is late' },
  tags: ['شحن'],
});
const refund = t('refund', 'Refund policy', {
  bodies: { en: 'Refunds take 5 days', ar: 'يستغرق إسترداد المبلغ ٥ أيام' },
  tags: ['money'],
});
const cafe = t('cafe', 'Café opening hours', { bodies: { en: 'We open at 9' } });
const acmeShipping = t('acme-shipping', 'Shipping times', { clientId: acme, bodies: { en: 'Acme ships in 2 days' } });
const globexShipping = t('globex-shipping', 'Shipping times', {
  clientId: globex,
  bodies: { en: 'Globex ships in 3 days' },
});
const globalShipping = t('global-shipping', 'Shipping times', { bodies: { en: 'We ship in 4 days' } });

describe('TemplateIndex.search', () => {
  const index = new TemplateIndex([shippingDelay, refund, cafe, acmeShipping, globexShipping, globalShipping]);

  it('finds Arabic titles written without hamza and with haa for taa marbuta', () => {
    expect(index.search('تاخير الشحنه', { clientId: null })).toEqual(['shipping-delay']);
  });

  it('ignores diacritics in the query', () => {
    expect(index.search('تَأْخِير', { clientId: null })).toEqual(['shipping-delay']);
  });

  it('finds a word without its definite article, and with و before it', () => {
    expect(index.search('شحنة', { clientId: null })).toEqual(['shipping-delay']);
    expect(index.search('والشحنة', { clientId: null })).toEqual(['shipping-delay']);
  });

  it('searches every language body', () => {
    expect(index.search('استرداد', { clientId: null })).toEqual(['refund']);
    expect(index.search('shipment', { clientId: null })).toEqual(['shipping-delay']);
  });

  it('folds case and accents', () => {
    expect(index.search('CAFE', { clientId: null })).toEqual(['cafe']);
    expect(index.search('café', { clientId: null })).toEqual(['cafe']);
  });

  it('matches prefixes while typing', () => {
    expect(index.search('refu', { clientId: null })).toEqual(['refund']);
  });

  it('tolerates one typo from four letters on', () => {
    expect(index.search('refnd', { clientId: null })).toEqual(['refund']);
    expect(index.search('cfe', { clientId: null })).toEqual([]);
  });

  it('searches tags', () => {
    expect(index.search('money', { clientId: null })).toEqual(['refund']);
  });

  it("ranks the open client's template above the global one and never shows another client's", () => {
    expect(index.search('shipping', { clientId: acme })).toEqual(['acme-shipping', 'global-shipping']);
    expect(index.search('shipping', { clientId: null })).toEqual(['global-shipping']);
  });

  it('ranks templates for the open platform higher without hiding the others', () => {
    const onX = t('on-x', 'Welcome message', { platforms: ['x'] });
    const onFacebook = t('on-facebook', 'Welcome message', { platforms: ['facebook'] });
    const both = new TemplateIndex([onFacebook, onX]);
    expect(both.search('welcome', { clientId: null, platform: 'x' })).toEqual(['on-x', 'on-facebook']);
    expect(both.search('welcome', { clientId: null, platform: 'facebook' })).toEqual(['on-facebook', 'on-x']);
  });

  it('requires every word, but falls back to any word when no template has them all', () => {
    expect(index.search('refund policy', { clientId: null })).toEqual(['refund']);
    expect(index.search('refund unicorn', { clientId: null })).toEqual(['refund']);
  });

  it('stops at the limit', () => {
    expect(index.search('shipping', { clientId: acme, limit: 1 })).toEqual(['acme-shipping']);
  });
});

describe('TemplateIndex with an empty query', () => {
  it("lists the client's templates first, then by usage (most first), then by title", () => {
    const index = new TemplateIndex([
      t('global-b', 'Beta', { usageCount: 5 }),
      t('global-a', 'Alpha', { usageCount: 5 }),
      t('global-top', 'Zulu', { usageCount: 50 }),
      t('acme-rare', 'Rare', { clientId: acme, usageCount: 1 }),
      t('acme-often', 'Often', { clientId: acme, usageCount: 9 }),
      t('globex', 'Other client', { clientId: globex, usageCount: 99 }),
    ]);
    expect(index.search('', { clientId: acme })).toEqual([
      'acme-often',
      'acme-rare',
      'global-top',
      'global-a',
      'global-b',
    ]);
    expect(index.search('   ', { clientId: null, limit: 2 })).toEqual(['global-top', 'global-a']);
  });

  it('treats a query of only diacritics or tatweel as empty', () => {
    const index = new TemplateIndex([t('only', 'Only')]);
    expect(index.search('ـَ', { clientId: null })).toEqual(['only']);
  });
});

describe('TemplateIndex updates', () => {
  it('adds, updates and removes templates incrementally', () => {
    const index = new TemplateIndex();
    index.upsert(t('a', 'Refund policy'));
    expect(index.search('refund', { clientId: null })).toEqual(['a']);

    index.upsert(t('a', 'Exchange policy'));
    expect(index.search('refund', { clientId: null })).toEqual([]);
    expect(index.search('exchange', { clientId: null })).toEqual(['a']);
    expect(index.size).toBe(1);

    index.remove('a');
    expect(index.search('exchange', { clientId: null })).toEqual([]);
    expect(index.has('a')).toBe(false);
    index.remove('a'); // unknown ids are ignored
  });

  it('drops a template that was deleted', () => {
    const index = new TemplateIndex([
      t('a', 'Refund policy'),
      t('gone', 'Refund old', { deletedAt: '2024-01-01T00:00:00.000Z' }),
    ]);
    expect(index.search('refund', { clientId: null })).toEqual(['a']);
    index.upsert(t('a', 'Refund policy', { deletedAt: '2024-02-01T00:00:00.000Z' }));
    expect(index.search('refund', { clientId: null })).toEqual([]);
  });

  it('follows a change of client', () => {
    const index = new TemplateIndex([t('a', 'Refund policy', { clientId: acme })]);
    index.upsert(t('a', 'Refund policy', { clientId: globex }));
    expect(index.search('refund', { clientId: acme })).toEqual([]);
    expect(index.search('refund', { clientId: globex })).toEqual(['a']);
  });

  it('reorders the empty-query list when usage changes', () => {
    const index = new TemplateIndex([t('a', 'Alpha'), t('b', 'Beta')]);
    index.setUsageCount('b', 3);
    expect(index.search('', { clientId: null })).toEqual(['b', 'a']);
  });
});
