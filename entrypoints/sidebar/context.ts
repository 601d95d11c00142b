import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PageInfo } from '@/utils/messages';
import type { PageFacts } from '@/utils/overlay/port';
import type { PageLink } from './page-link';

/** What every feature of the sidebar may read: the page's facts, the background's view of its account, and the link. */
export interface SidebarContext {
  facts: PageFacts;
  info: PageInfo | null;
  /** Asks the background for the page's info again (after a write that does not announce a change). */
  refreshInfo(): void;
  link: PageLink;
  agentName: string;
  timeZone: string;
  /** Team sync is set up. */
  sync: boolean;
  /** Increments with every stored change of templates (the template list searches again). */
  templatesChanged: number;
  /** The templates changed since the last call (null: any may have), for the frame's own index to read again. */
  takeTemplateChanges(): readonly string[] | null;
}

export const Sidebar = createContext<SidebarContext | null>(null);

export function useSidebar(): SidebarContext {
  const value = useContext(Sidebar);
  if (!value) throw new Error('useSidebar outside the sidebar');
  return value;
}
