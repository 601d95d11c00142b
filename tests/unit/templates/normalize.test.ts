import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../utils/templates/normalize';

const table: ReadonlyArray<readonly [string, string, string]> = [
  ['hamza and madda on alef', 'أحمد إلى آخر ٱلكتاب', 'احمد الي اخر الكتاب'],
  ['taa marbuta as haa', 'الشحنة', 'الشحنه'],
  ['alef maqsura as yaa', 'على مستوى', 'علي مستوي'],
  ['hamza on waw and yaa', 'مسؤول رئيس', 'مسوول رييس'],
  ['harakat, tanween, shadda, sukun removed', 'شُكْرًا جَزِيلًا مُحَمَّد', 'شكرا جزيلا محمد'],
  ['superscript alef removed', 'هٰذا', 'هذا'],
  ['tatweel removed', 'شكــــرا', 'شكرا'],
  ['Persian keyboard yaa and kaf', 'کیف', 'كيف'],
  ['presentation forms unfolded', 'ﻻ ﺷﻜﺮا', 'لا شكرا'],
  ['Latin case folding', 'FREE Shipping', 'free shipping'],
  ['Latin accents removed', 'Café Crème Señor Ångström', 'cafe creme senor angstrom'],
  ['decomposed accents removed too', 'Cafe\u0301', 'cafe'],
  ['Arabic-Indic digits', 'خصم ٢٠٪ حتى ١٥/٣', 'خصم 20٪ حتي 15/3'],
  ['Persian digits', '۱۲۳۴', '1234'],
  ['whitespace collapsed and trimmed', '  refund \n\t policy  ', 'refund policy'],
  ['invisible bidi and zero-width characters removed', '\u200Fشكرا\u200C \u2067Acme\u2069', 'شكرا acme'],
];

describe('normalizeForSearch', () => {
  for (const [behaviour, input, expected] of table) {
    it(`${behaviour}: ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(normalizeForSearch(input)).toBe(expected);
    });
  }

  it('makes the spellings people type equal', () => {
    expect(normalizeForSearch('تأخير الشحنة')).toBe(normalizeForSearch('تاخير الشحنه'));
    expect(normalizeForSearch('إسترداد المبلغ')).toBe(normalizeForSearch('استرداد المبلغ'));
    expect(normalizeForSearch('RÉSUMÉ')).toBe(normalizeForSearch('resume'));
  });
});
