import type { StoreName } from '@/utils/model';
import { changesItem } from '@/utils/storage-items';
import { database } from './database';
import { scheduleTimesheetCache } from './timesheet';

/** Tells every open view that these stores changed (see ChangeNotice). Called after a write commits. */
export async function announceChange(stores: StoreName[]): Promise<void> {
  const previous = await changesItem.getValue();
  await changesItem.setValue({ seq: previous.seq + 1, stores });
  if (stores.some((store) => timesheetStores.has(store))) scheduleTimesheetCache(database);
}

const timesheetStores = new Set<StoreName>(['entries', 'clients', 'contracts']);
