import { describe, expect, it } from 'vitest';
import { createTranslator, directionOf, resolveLocale } from '@/utils/i18n';
import ar from '@/utils/i18n/locales/ar.json';
import en from '@/utils/i18n/locales/en.json';

describe('locale files', () => {
  it('Arabic and English define exactly the same keys', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('every Arabic string is translated text, not an empty copy', () => {
    for (const [key, text] of Object.entries(ar)) expect(text.trim(), key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ar[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('choosing the UI language', () => {
  it.each([
    ['auto', 'ar-EG', 'ar'],
    ['auto', 'ar', 'ar'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['auto', undefined, 'en'],
    ['ar', 'en-US', 'ar'],
    ['en', 'ar-SA', 'en'],
  ] as const)('setting %s with browser %s gives %s', (setting, browserLanguage, expected) => {
    expect(resolveLocale(setting, browserLanguage)).toBe(expected);
  });

  it('Arabic is right-to-left, English left-to-right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });

  it('formats numbers in placeholders per locale (Arabic-Indic digits in Arabic)', () => {
    expect(createTranslator('en')('backupImported', { count: 1234 })).toBe('Backup restored. Records: 1,234.');
    expect(createTranslator('ar')('backupImported', { count: 12 })).toBe('تمت استعادة النسخة الاحتياطية. عدد السجلات: ١٢.');
  });
});
