import { describe, expect, it } from 'vitest';
import { createTranslator, directionOf, resolveLocale } from '@/utils/i18n';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import arPages from '@/utils/i18n/locales/ar.json';
import arOverlay from '@/utils/i18n/locales/ar.overlay.json';
import arReports from '@/utils/i18n/locales/ar.reports.json';
import arTemplates from '@/utils/i18n/locales/ar.templates.json';
import enPages from '@/utils/i18n/locales/en.json';
import enOverlay from '@/utils/i18n/locales/en.overlay.json';
import enReports from '@/utils/i18n/locales/en.reports.json';
import enTemplates from '@/utils/i18n/locales/en.templates.json';

const ar: Record<string, string> = { ...arOverlay, ...arPages, ...arReports, ...arTemplates };
const en: Record<string, string> = { ...enOverlay, ...enPages, ...enReports, ...enTemplates };

describe('locale files', () => {
  it('Arabic and English define exactly the same keys, split the same way', () => {
    expect(Object.keys(arOverlay).sort()).toEqual(Object.keys(enOverlay).sort());
    expect(Object.keys(arPages).sort()).toEqual(Object.keys(enPages).sort());
    expect(Object.keys(arReports).sort()).toEqual(Object.keys(enReports).sort());
    expect(Object.keys(arTemplates).sort()).toEqual(Object.keys(enTemplates).sort());
    const all = [enOverlay, enPages, enReports, enTemplates].flatMap((catalog) => Object.keys(catalog));
    expect(all.length).toBe(new Set(all).size); // no key defined in two files
  });

  it('the sidebar only uses strings its content script carries (the overlay catalog)', () => {
    const sidebarDir = resolve(import.meta.dirname, '../../../components/sidebar');
    const files = [
      ...readdirSync(sidebarDir).map((f) => resolve(sidebarDir, f)),
      resolve(sidebarDir, '../problems.tsx'),
    ];
    const used = files
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !(key in enOverlay))).toEqual([]);
  });

  it('every Arabic string is translated text, not an empty copy', () => {
    for (const [key, text] of Object.entries(ar)) expect(text.trim(), key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      expect(placeholders(ar[key]!), key).toEqual(placeholders(en[key]!));
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
    expect(createTranslator('ar')('backupImported', { count: 12 })).toBe(
      'تمت استعادة النسخة الاحتياطية. عدد السجلات: ١٢.',
    );
  });
});

describe('the sidebar catalog the background publishes', () => {
  it('Arabic carries every sidebar string, English beneath any it lacks', async () => {
    const { overlayCatalogFor, catalogTranslator } = await import('@/utils/i18n/overlay');
    const t = catalogTranslator(overlayCatalogFor('ar'));
    expect(t('sidebarLabel')).toBe('وصلة');
    expect(Object.keys(overlayCatalogFor('ar').messages).sort()).toEqual(Object.keys(enOverlay).sort());
    expect(catalogTranslator(overlayCatalogFor('en'))('sidebarLabel')).toBe('Wasla');
  });
});
