// Build-time only (imported by wxt.config.ts): renders the toolbar and store icons from wasla.svg, so the PNGs
// can never drift from their vector source. resvg's WebAssembly build needs no native install script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

export const iconSizes = [16, 32, 48, 128] as const;
export const iconSource = resolve(import.meta.dirname, 'wasla.svg');

let ready: Promise<void> | null = null;

/** Writes icon-<size>.png for each size into `outDir` and returns their paths by size. */
export async function renderIcons(outDir: string): Promise<Record<(typeof iconSizes)[number], string>> {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  const svg = readFileSync(iconSource, 'utf8');
  mkdirSync(outDir, { recursive: true });
  const paths = {} as Record<(typeof iconSizes)[number], string>;
  for (const size of iconSizes) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    paths[size] = join(outDir, `icon-${size}.png`);
    writeFileSync(paths[size], png);
  }
  return paths;
}
