// Re-records the request/response shapes of the extension's supabase-js calls against the stand-in:
//   npx tsx tests/support/standin/record.ts
// Do this only after reading why standin.test.ts failed: a changed request shape means supabase-js now sends
// something else, which the stand-in (and this recording) must be checked against Supabase's documentation.
import { writeFileSync } from 'node:fs';
import { captureAll } from './flows';
import { recordingPath, startHarness, supabaseJsVersion } from './harness';

const { standin, stop } = await startHarness();
try {
  const flows = await captureAll(standin);
  writeFileSync(recordingPath, JSON.stringify({ supabaseJs: supabaseJsVersion(), flows }, null, 2) + '\n');
  console.log(`recorded ${Object.keys(flows).length} flows to ${recordingPath.pathname}`);
} finally {
  await stop();
}
