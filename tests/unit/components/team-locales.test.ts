import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import arOverlay from '@/utils/i18n/locales/ar.overlay.json';
import arTeam from '@/utils/i18n/locales/ar.team.json';
import enOverlay from '@/utils/i18n/locales/en.overlay.json';
import enTeam from '@/utils/i18n/locales/en.team.json';

const localeDir = resolve(import.meta.dirname, '../../../utils/i18n/locales');
const componentsDir = resolve(import.meta.dirname, '../../../components');
const read = (file: string) => readFileSync(file, 'utf8');
const keysUsed = (source: string) => [
  ...[...source.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!),
  // plural(t, locale, 'sync.pending', …) reads '<base>.other' at least
  ...[...source.matchAll(/\bplural\(t, locale, '([^']+)'/g)].map((m) => `${m[1]}.other`),
];

describe('the Team and sync strings', () => {
  it('Arabic and English Team catalogs hold the same keys and placeholders, none empty', () => {
    expect(Object.keys(arTeam).sort()).toEqual(Object.keys(enTeam).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(enTeam)) {
      expect(placeholders(arTeam[key as keyof typeof arTeam]), key).toEqual(placeholders(text));
      expect(arTeam[key as keyof typeof arTeam].trim(), key).not.toBe('');
    }
  });

  it('no Team key is also defined in another catalog', () => {
    const others = readdirSync(localeDir)
      .filter((file) => file.startsWith('en.') && file !== 'en.team.json')
      .flatMap((file) => Object.keys(JSON.parse(read(resolve(localeDir, file)))));
    expect(Object.keys(enTeam).filter((key) => others.includes(key))).toEqual([]);
  });

  it('the sync indicator, which the sidebar shows, uses only strings of the sidebar catalog', () => {
    const used = keysUsed(read(resolve(componentsDir, 'sync/SyncIndicator.tsx')));
    expect(used.length).toBeGreaterThan(8);
    expect(used.filter((key) => !(key in enOverlay) || !(key in arOverlay))).toEqual([]);
  });

  it('every string the Team views use exists', () => {
    const dir = resolve(componentsDir, 'options');
    const used = readdirSync(dir)
      .filter((file) => file.startsWith('Team'))
      .flatMap((file) => keysUsed(read(resolve(dir, file))))
      .filter((key) => !key.includes('${'));
    const known = new Set(
      readdirSync(localeDir)
        .filter((file) => file.startsWith('en.'))
        .flatMap((file) => Object.keys(JSON.parse(read(resolve(localeDir, file))))),
    );
    expect(used.length).toBeGreaterThan(60);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('every refusal code the background sends has words in both languages', () => {
    const codes = [
      'network',
      'signInFailed',
      'userExists',
      'weakPassword',
      'codeInvalid',
      'notSignedIn',
      'noProject',
      'inviteInvalid',
      'alreadyMember',
      'lastOwner',
      'forbidden',
      'pendingChanges',
      'permissionDenied',
      'invalidUrl',
      'invalidKey',
      'noTeam',
      'serverError',
    ];
    const en: Record<string, string> = { ...enOverlay, ...enTeam };
    const ar: Record<string, string> = { ...arOverlay, ...arTeam };
    expect(codes.filter((code) => !en[`errors.${code}`] || !ar[`errors.${code}`])).toEqual([]);
  });
});
