import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../utils/model/record';
import { TEMPLATE_INDEX_FORMAT, TemplateIndex, type SearchableTemplate } from '../../../utils/templates/search';

const acme = '11111111-1111-4111-8111-111111111111';

function t(id: string, title: string, body: string, more: Partial<SearchableTemplate> = {}): SearchableTemplate {
  return {
    id,
    title,
    bodies: { en: body },
    clientId: null,
    platforms: ['facebook', 'instagram', 'x'] as Platform[],
    tags: [],
    usageCount: 0,
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...more,
  };
}

const templates = [
  t('delay', 'تأخير الشحنة', 'Sorry your shipment is late', { tags: ['شحن'] }),
  t('refund', 'Refund policy', 'Refunds take 5 days'),
  t('cafe', 'Café opening hours', 'We open at 9'),
  t('acme', 'Shipping times', 'Acme ships in 2 days', { clientId: acme }),
];
const queries = ['تاخير الشحنه', 'refund', 'cafe', 'shipping', 'ships', 'opening hours', ''];
const answers = (index: TemplateIndex) => queries.map((q) => index.search(q, { clientId: acme, platform: 'x' }));

describe('the template index kept between worker starts', () => {
  it('restored from its snapshot, it answers exactly as the index built from the templates', () => {
    const built = new TemplateIndex(templates);
    // Through JSON, as IndexedDB's structured clone keeps it.
    const snapshot = JSON.parse(JSON.stringify(built.snapshot())) as ReturnType<TemplateIndex['snapshot']>;
    const { index, changed } = TemplateIndex.restore(templates, snapshot);
    expect(changed).toBe(0);
    expect(index.size).toBe(templates.length);
    expect(answers(index)).toEqual(answers(built));
  });

  it('re-indexes templates changed since the snapshot, adds new ones and drops deleted ones', () => {
    const snapshot = new TemplateIndex(templates).snapshot();
    const now = [
      t('delay', 'Delivery delay', 'Sorry your parcel is late', { updatedAt: '2026-11-02T08:00:00.000Z' }),
      t('refund', 'Refund policy', 'Refunds take 5 days', { deletedAt: '2026-11-02T08:00:00.000Z' }),
      templates[2]!,
      templates[3]!,
      t('welcome', 'Welcome message', 'How can we help?'),
    ];
    const { index, changed } = TemplateIndex.restore(now, snapshot);
    expect(changed).toBe(3);
    expect(index.search('parcel', { clientId: null })).toEqual(['delay']);
    expect(index.search('تاخير', { clientId: null })).toEqual([]);
    expect(index.search('refund', { clientId: null })).toEqual([]);
    expect(index.search('welcome', { clientId: null })).toEqual(['welcome']);
    expect(answers(index)).toEqual(answers(new TemplateIndex(now)));
    // And a snapshot of the restored index restores to the same answers again.
    expect(answers(TemplateIndex.restore(now, index.snapshot()).index)).toEqual(answers(index));
  });

  it('builds from scratch when the snapshot was taken by another version of the indexing', () => {
    const snapshot = { ...new TemplateIndex(templates).snapshot(), format: TEMPLATE_INDEX_FORMAT + 1 };
    const { index, changed } = TemplateIndex.restore(templates, snapshot);
    expect(changed).toBe(-1);
    expect(answers(index)).toEqual(answers(new TemplateIndex(templates)));
  });
});
