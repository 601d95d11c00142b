// The sidebar's reads of extension storage. The sidebar is framed into the host page, so what it bundles and
// keeps counts against the page's memory: neither WXT storage's items nor zod come here. Its few values are read
// with the tiny guards of utils/stored-light.ts (shared with the popup), each tied to the one declaration in
// utils/stored-values.ts; tests/unit/storage/stored-reader.test.ts checks them against the schemas.
import type { OverlayCatalog } from '../i18n/overlay';
import type { Settings } from '../model/settings';
import { isRecord, light, lightChanges, lightSyncStatus, oneOf, text, uiThemes } from '../stored-light';

export { readStored, storedReader, type LightValue, type StoredReader } from '../stored-light';

/** What the sidebar uses of the settings; the other fields are not its business. */
export type SidebarSettings = Pick<Settings, 'agentName' | 'timeZone' | 'theme'>;

export const sidebarStored = {
  settings: light('local:settings', (raw): SidebarSettings => ({
    agentName: text(isRecord(raw) && raw.agentName, ''),
    timeZone: text(isRecord(raw) && raw.timeZone, ''),
    theme: oneOf(isRecord(raw) && raw.theme, uiThemes, 'auto'),
  })),
  overlayCatalog: light('local:overlayCatalog', (raw): OverlayCatalog => ({
    locale: oneOf(isRecord(raw) && raw.locale, ['ar', 'en'], 'en'),
    messages:
      isRecord(raw) && isRecord(raw.messages) && Object.values(raw.messages).every((m) => typeof m === 'string')
        ? (raw.messages as OverlayCatalog['messages'])
        : {},
  })),
  sidebarOpen: light('local:sidebarOpen', (raw): Record<string, boolean> =>
    isRecord(raw)
      ? (Object.fromEntries(Object.entries(raw).filter(([, open]) => typeof open === 'boolean')) as Record<
          string,
          boolean
        >)
      : {},
  ),
  changes: lightChanges,
  /** Null (no indicator) until a valid status is stored: the sidebar shows sync only once it is on. */
  syncStatus: lightSyncStatus,
};
