// Bundles each replica app into tests/replicas/.build/<site>.js (+ <site>.css), which tests/support/replicas.ts
// serves on the site's real origin. Run: npx tsx tests/replicas/build.ts
//
// Production builds of React, Draft.js and Lexical, because that is what the real sites ship and it keeps the
// pages light for the benchmarks. Re-running overwrites the same files, so the build is idempotent.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { replicaBuildDir, replicaSites } from '../support/replicas';

const replicasDir = import.meta.dirname;

export async function buildReplicas(): Promise<void> {
  mkdirSync(replicaBuildDir, { recursive: true });
  await Promise.all(
    replicaSites.map((site) =>
      build({
        entryPoints: { [site]: join(replicasDir, site, 'app.tsx') },
        outdir: replicaBuildDir,
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'chrome110',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
        // Draft.js (through fbjs) still reads Node's `global`.
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        // Picks lexical's production build from its package exports.
        conditions: ['production'],
        // Our own JSX settings: the project's tsconfig compiles Preact, the replicas are React like the sites.
        tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react', verbatimModuleSyntax: true } },
      }),
    ),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await buildReplicas();
  console.log(`replicas built into ${replicaBuildDir} in ${Math.round(performance.now() - started)} ms`);
}
