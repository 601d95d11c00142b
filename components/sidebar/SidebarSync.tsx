import { useEffect, useState } from 'preact/hooks';
import { overlayApi } from '@/utils/messages';
import { sidebarStored, storedReader } from '@/utils/overlay/stored-reader';
import type { SyncStatus } from '@/utils/sync/status';
import { SyncIndicator } from '../sync/SyncIndicator';

/**
 * Team sync in the sidebar (issue #8). It reads the status item itself instead of through the overlay's page
 * state: the status changes on its own schedule (every step of a long sync), and only this line needs to
 * re-render. It stays mounted while the sidebar is collapsed (the panel keeps its state) and its watcher goes when
 * the sidebar is removed.
 */
export function SidebarSync() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    const stored = storedReader(sidebarStored.syncStatus);
    void stored.getValue().then((value) => live && setStatus(value));
    const unwatch = stored.watch((next) => setStatus(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return status ? <SyncIndicator status={status} onRetry={() => void overlayApi.syncNow()} /> : null;
}
