import type { StoreName } from '@/utils/model';
import { changesItem } from '@/utils/storage-items';

let localChangeListener: (() => void) | null = null;

/** Team sync follows local changes through this (one listener, set at start; no import cycle with sync). */
export function afterLocalChange(listener: () => void): void {
  localChangeListener = listener;
}

/**
 * Tells every open view that these stores changed (see ChangeNotice). Called after a write commits. A change
 * the user made also schedules a sync; one that a sync brought in (`fromSync`) does not.
 */
export async function announceChange(stores: StoreName[], options: { fromSync?: boolean } = {}): Promise<void> {
  const previous = await changesItem.getValue();
  await changesItem.setValue({ seq: previous.seq + 1, stores });
  if (!options.fromSync && stores.some((store) => store !== 'uses')) localChangeListener?.();
}
