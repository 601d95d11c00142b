import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 18: README's layout section drifted from the folders (it did not mention utils/overlay). It must name every
// folder directly under utils/ and entrypoints/, and everything it names must exist.
const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const built = readme.slice(readme.indexOf('## How it is built'));
const layout = built.slice(built.indexOf('```\n') + 4, built.indexOf('\n```', built.indexOf('```\n') + 4));

/** `a/{b,c}.d/` → `a/b.d/`, `a/c.d/` */
const expand = (path: string): string[] => {
  const match = /\{([^}]+)\}/.exec(path);
  if (!match) return [path];
  return match[1]!.split(',').flatMap((part) => expand(path.replace(match[0], part)));
};

const named = layout
  .split('\n')
  .filter((line) => /^(entrypoints|components|utils|supabase)\//.test(line))
  .flatMap((line) => expand(line.split(/\s+/)[0]!));

describe('README’s layout section', () => {
  it('names every folder under utils/ and entrypoints/', () => {
    const folders = ['utils', 'entrypoints'].flatMap((top) =>
      readdirSync(join(root, top), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${top}/${entry.name}/`),
    );
    expect(folders).toContain('utils/overlay/');
    expect(folders.filter((folder) => !named.some((path) => path.startsWith(folder)))).toEqual([]);
  });

  it('names only what exists', () => {
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
