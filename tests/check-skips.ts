// `npm run check:skips` (inside `npm test`): no test may skip itself for any reason but a missing system
// package. A skip on the time of day, the date, the network or a flaky run hides a check from every run that
// meets the condition (issue 18: a popup check skipped on every morning CI run). Allowed, and only this form:
//   test.skip(!systemPackagePresent('firefox'), 'Firefox is not installed')   (tests/support/system-deps.ts)
// Everything else that skips or conditionally runs a test is reported with its file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const testsDir = resolve(root, 'tests');
/** Generated bundles; this file and its unit test spell the patterns on purpose. */
const ignoredDirs = new Set(['node_modules', '.build']);
const thisFile = resolve(import.meta.filename);
const ignoredFiles = new Set([thisFile, resolve(testsDir, 'unit/check-skips.test.ts')]);

/** Playwright's and vitest's ways to skip or conditionally run: `.skip(`, `.skipIf(`, `.runIf(`, `.fixme(`. */
const skipCall = /\.(?:skip|skipIf|runIf|fixme)\s*\(/;
const allowed = /\.(?:skip|skipIf)\s*\(\s*!\s*systemPackagePresent\(\s*['"][a-z-]+['"]\s*\)\s*[,)]/;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!ignoredDirs.has(entry.name)) yield* sourceFiles(join(dir, entry.name));
    } else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name)) {
      yield join(dir, entry.name);
    }
  }
}

export interface Offence {
  file: string;
  line: number;
  text: string;
}

/** Every skip in `text` that is not the allowed missing-system-package form. */
export function findSkips(text: string): Omit<Offence, 'file'>[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      skipCall.test(line) && !allowed.test(line) ? [{ line: index + 1, text: line.trim() }] : [],
    );
}

function main(): void {
  const offences: Offence[] = [];
  for (const file of sourceFiles(testsDir)) {
    if (ignoredFiles.has(file)) continue;
    for (const found of findSkips(readFileSync(file, 'utf8'))) offences.push({ file: relative(root, file), ...found });
  }
  for (const config of ['playwright.config.ts', 'vitest.config.ts']) {
    try {
      for (const found of findSkips(readFileSync(resolve(root, config), 'utf8')))
        offences.push({ file: config, ...found });
    } catch {
      // No such config.
    }
  }

  if (offences.length > 0) {
    console.error('Tests that skip themselves for a reason other than a missing system package:');
    for (const { file, line, text } of offences) console.error(`  ${file}:${line}: ${text}`);
    console.error(
      "Make the test independent of that condition (fixed instants, an injected clock), or, only for a missing\nsystem package, write `.skip(!systemPackagePresent('name'), reason)`.",
    );
    process.exit(1);
  }
  console.log('No test skips itself except for a missing system package.');
}

// Checks when run as a script; importing it (the unit test) only defines findSkips.
if (process.argv[1] && resolve(process.argv[1]) === thisFile) main();
