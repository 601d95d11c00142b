import type { StoreName } from '@/utils/model';
import { changesItem } from '@/utils/storage-items';

/** Tells every open view that these stores changed (see ChangeNotice). Called after a write commits. */
export async function announceChange(stores: StoreName[]): Promise<void> {
  const previous = await changesItem.getValue();
  await changesItem.setValue({ seq: previous.seq + 1, stores });
}
