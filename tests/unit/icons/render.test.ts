import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { iconSizes, renderIcons } from '@/components/icons/render';

const outDir = mkdtempSync(join(tmpdir(), 'wasla-icons-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The PNG signature and its header's width and height. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the build renders every icon size from the SVG source, at its own size', async () => {
  const paths = await renderIcons(outDir);
  for (const size of iconSizes) {
    const bytes = readFileSync(paths[size]);
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
  }
  // Not a blank tile: the 128 px icon is bigger than a flat square's few hundred bytes.
  expect(readFileSync(paths[128]).length).toBeGreaterThan(3000);
});
