import type { FunctionComponent } from 'preact';

/**
 * One thing the sidebar does, in its own file. `needs` says when it shows: always, once the page names an account,
 * once the background's info for that account is in, or once the account is tagged to a client.
 */
export interface SidebarFeature {
  id: string;
  needs: 'always' | 'account' | 'info' | 'client';
  View: FunctionComponent;
}
