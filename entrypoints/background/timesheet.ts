// The popup's timesheet for a view that asks the background (the popup itself reads the store directly: see
// utils/db/timesheet.ts). Computed from the month's entries on every ask: no cache to go stale.
import type { Database } from '@/utils/db/open';
import { readTimesheet, type Timesheet } from '@/utils/db/timesheet';
import { settingsItem } from '@/utils/storage-items';
import { resolveTimeZone } from '@/utils/time/zone';
import { currentUserId } from './sync';

export async function currentTimesheet(db: Database, nowMs: number): Promise<Timesheet> {
  const [settings, me] = await Promise.all([settingsItem.getValue(), currentUserId()]);
  return readTimesheet(db, { timeZone: resolveTimeZone(settings.timeZone), me, nowMs });
}
