import { SidebarSync } from '@/components/sidebar/SidebarSync';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/** Team sync's one line at the top (issue #8), only once team sync is set up. */
function SyncLine() {
  return useSidebar().sync ? <SidebarSync /> : null;
}

export const syncLine: SidebarFeature = { id: 'sync-line', needs: 'always', View: SyncLine };
