// Bundles utils/editors (the text-insertion code the content scripts use) into one IIFE string, so an
// end-to-end test can inject it into a replica page with `page.addScriptTag({ content })` and call it as
// `window.WaslaEditors.insertText(element, text)` without building or loading the extension.
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const editorsGlobalName = 'WaslaEditors';

let bundled: Promise<string> | undefined;

/** The bundle's source; built once per test worker. */
export function editorsBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [resolve(import.meta.dirname, '../../utils/editors/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: editorsGlobalName,
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}
