// Starts Postgres (reusing run.sh's cluster when STANDIN_DB_URL / STANDIN_AUTHENTICATOR_URL are set) and the
// stand-in in front of it, for record.ts and standin.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startCluster } from '../../db/cluster';
import { startStandin, type Standin, type StandinOptions } from './server';

export const recordingPath = new URL('./recorded/supabase-js.json', import.meta.url);

export function supabaseJsVersion(): string {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('@supabase/supabase-js/package.json'), 'utf8')).version;
}

export async function startHarness(
  options: Partial<StandinOptions> = {},
): Promise<{ standin: Standin; stop(): Promise<void> }> {
  const shared = process.env.STANDIN_DB_URL && process.env.STANDIN_AUTHENTICATOR_URL;
  const cluster = shared ? null : startCluster();
  const standin = await startStandin({
    databaseUrl: shared ? process.env.STANDIN_DB_URL! : cluster!.url,
    authenticatorUrl: shared ? process.env.STANDIN_AUTHENTICATOR_URL! : cluster!.authenticatorUrl,
    ...options,
  });
  return {
    standin,
    async stop() {
      await standin.stop();
      cluster?.stop();
    },
  };
}
