import { describe, expect, it } from 'vitest';
import { availableLanguages, chooseLanguage, missingLanguages, nextLanguage } from '../../../utils/templates/language';

describe('chooseLanguage', () => {
  it("answers in the comment's language when the template has it", () => {
    expect(
      chooseLanguage({ commentText: 'كم سعر الشحن إلى الرياض؟', available: ['en', 'ar'], clientLanguages: ['en'] }),
    ).toBe('ar');
    expect(
      chooseLanguage({ commentText: 'Do you ship to Dubai?', available: ['ar', 'en'], clientLanguages: ['ar'] }),
    ).toBe('en');
  });

  it('ignores URLs and @mentions when reading the comment', () => {
    expect(
      chooseLanguage({
        commentText: '@acme_store_official https://example.com/english/words شكرا',
        available: ['en', 'ar'],
        clientLanguages: ['en'],
      }),
    ).toBe('ar');
  });

  it("falls back to the client's first contracted language the template has", () => {
    expect(
      chooseLanguage({
        commentText: 'Bonjour, livrez-vous ?',
        available: ['ar', 'fr'],
        clientLanguages: ['en', 'fr', 'ar'],
      }),
    ).toBe('fr');
  });

  it("falls back to the client's language when the template lacks the comment's language", () => {
    expect(chooseLanguage({ commentText: 'Do you ship?', available: ['ar', 'fr'], clientLanguages: ['fr'] })).toBe(
      'fr',
    );
  });

  it('falls back to the template’s first language when nothing else matches', () => {
    expect(chooseLanguage({ commentText: '🔥🔥', available: ['fr', 'ar'], clientLanguages: ['en'] })).toBe('fr');
    expect(chooseLanguage({ available: ['en', 'ar'], clientLanguages: [] })).toBe('en');
  });

  it('matches regional tags by their primary language', () => {
    expect(chooseLanguage({ commentText: 'شكرا', available: ['en-GB', 'ar-EG'], clientLanguages: [] })).toBe('ar-EG');
    expect(chooseLanguage({ available: ['en', 'ar'], clientLanguages: ['ar-SA'] })).toBe('ar');
  });

  it('returns an empty string when the template has no language', () => {
    expect(chooseLanguage({ commentText: 'hi', available: [], clientLanguages: ['en'] })).toBe('');
  });
});

describe('nextLanguage', () => {
  it('cycles through the available languages', () => {
    expect(nextLanguage('ar', ['ar', 'en', 'fr'])).toBe('en');
    expect(nextLanguage('en', ['ar', 'en', 'fr'])).toBe('fr');
    expect(nextLanguage('fr', ['ar', 'en', 'fr'])).toBe('ar');
  });

  it('starts from the first language when the current one is not available', () => {
    expect(nextLanguage('de', ['ar', 'en'])).toBe('ar');
  });

  it('stays put with one or no language', () => {
    expect(nextLanguage('ar', ['ar'])).toBe('ar');
    expect(nextLanguage('ar', [])).toBe('ar');
  });
});

describe('availableLanguages', () => {
  it('lists the languages whose body has text', () => {
    expect(availableLanguages({ ar: 'مرحبا', en: '  \n ', fr: 'Bonjour' })).toEqual(['ar', 'fr']);
  });
});

describe('missingLanguages', () => {
  it("lists the client's languages the template cannot answer in", () => {
    expect(missingLanguages({ ar: 'مرحبا' }, ['ar', 'en'])).toEqual(['en']);
  });

  it('counts an empty or whitespace-only body as missing', () => {
    expect(missingLanguages({ ar: 'مرحبا', en: ' \n\t' }, ['en', 'ar'])).toEqual(['en']);
  });

  it('is satisfied by a regional body and reports each language once', () => {
    expect(missingLanguages({ 'ar-EG': 'أهلا' }, ['ar', 'fr', 'fr'])).toEqual(['fr']);
  });

  it('is empty when every contracted language has a body', () => {
    expect(missingLanguages({ ar: 'مرحبا', en: 'Hello' }, ['en', 'ar'])).toEqual([]);
  });
});
