import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 18: stored state was declared in five places. Now only the storage module names a storage key or touches
// extension storage: utils/stored-values.ts (the declarations), utils/storage-items.ts (the validated items, the
// background's guard and supabase-js's session adapter) and utils/overlay/stored-reader.ts (the sidebar's light
// reads, tied to the declarations by tests/unit/storage/stored-reader.test.ts).
const root = join(import.meta.dirname, '../../..');
const module = [
  'utils/stored-values.ts',
  'utils/storage-items.ts',
  'utils/stored-light.ts',
  'utils/overlay/stored-reader.ts',
];
const storageCode = [
  /\bdefineItem\b/,
  /\bstorage\.(local|session|sync)\b/,
  /['"`](local|session|sync):[A-Za-z]/,
  /\bwxt\/utils\/storage\b/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [relative(root, path)] : [];
  });
}

describe('the storage module', () => {
  it('is the only code that declares a stored value or touches extension storage', () => {
    const files = ['entrypoints', 'components', 'utils'].flatMap((dir) => sources(join(root, dir)));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((file) => !module.includes(file))
      .flatMap((file) => {
        const text = readFileSync(join(root, file), 'utf8');
        return storageCode.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
      });
    expect(offenders).toEqual([]);
  });

  it('finds what it looks for (the check is not blind)', () => {
    const text = readFileSync(join(root, 'utils/storage-items.ts'), 'utf8');
    expect(storageCode.filter((pattern) => pattern.test(text)).length).toBeGreaterThanOrEqual(3);
  });
});
