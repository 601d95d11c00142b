import type { StoreName } from '@/utils/model';
import { changesItem } from '@/utils/storage-items';
import { maxNoticedIds } from '@/utils/change-notice';

let localChangeListener: (() => void) | null = null;

/** Team sync follows local changes through this (one listener, set at start; no import cycle with sync). */
export function afterLocalChange(listener: () => void): void {
  localChangeListener = listener;
}

/**
 * Tells every open view that these stores changed (see ChangeNotice). Called after a write commits. A change
 * the user made also schedules a sync; one that a sync brought in (`fromSync`) does not. `templateIds` names the
 * templates that changed when the writer knows them all (open sidebars then read only those again).
 */
export async function announceChange(
  stores: StoreName[],
  options: { fromSync?: boolean; templateIds?: string[] } = {},
): Promise<void> {
  const previous = await changesItem.getValue();
  const templateIds = stores.includes('templates') && options.templateIds ? options.templateIds : null;
  await changesItem.setValue({
    seq: previous.seq + 1,
    stores,
    templateIds: templateIds && templateIds.length <= maxNoticedIds ? templateIds : null,
  });
  if (!options.fromSync && stores.some((store) => store !== 'uses')) localChangeListener?.();
}
