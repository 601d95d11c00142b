// content-script-gzip-kb: the largest site content script of the built extension, gzip-compressed. Since issue 16 a
// content script is only the page agent (site adapter, editors, placement, port): the sidebar's UI is an extension
// page. Baseline, measured in the same run: Preact + hooks alone, minified and gzipped (what rendering the sidebar
// in the page cost at the least before the frame).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { row, type BenchRow } from './row';

const root = resolve(import.meta.dirname, '../..');

export default async function contentScriptSize(): Promise<BenchRow[]> {
  const dir = join(root, '.output/chrome-mv3/content-scripts');
  const sizes = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, kb: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024 }));
  const largest = sizes.reduce((a, b) => (b.kb > a.kb ? b : a));
  // Content scripts import the protocol's definition (utils/protocol.ts) as types only: no zod may land in them.
  const withZod = readdirSync(dir).filter((file) => readFileSync(join(dir, file), 'utf8').includes('_zod'));
  if (withZod.length > 0) throw new Error(`zod is bundled into content scripts: ${withZod.join(', ')}`);
  // One character outside Latin-1 makes V8 keep the whole script source as a two-byte string in every host page
  // (wxt.config.ts builds ASCII-only; regex literals are kept verbatim, so Arabic in them must be written otherwise).
  const notAscii = readdirSync(dir).filter((file) => /[^\t\n\r\x20-\x7e]/.test(readFileSync(join(dir, file), 'utf8')));
  if (notAscii.length > 0) throw new Error(`content scripts with non-ASCII characters: ${notAscii.join(', ')}`);

  const floor = await build({
    stdin: {
      contents:
        "import { render, h } from 'preact'; import { useState } from 'preact/hooks'; render(h(() => useState(0)[0], null), document.body);",
      resolveDir: root,
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
  });
  const floorKb = gzipSync(floor.outputFiles[0]!.contents, { level: 9 }).length / 1024;
  const all = sizes.map((s) => `${s.file} ${s.kb.toFixed(1)}`).join(', ');
  return [
    row(
      'content-script-gzip-kb',
      largest.kb,
      'KiB',
      floorKb,
      `largest: ${largest.file}; all: ${all}; no zod in any, all ASCII (checked); baseline = Preact+hooks alone; goal <= 15`,
    ),
  ];
}
