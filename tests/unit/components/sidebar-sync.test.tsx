import { describe, expect, it, vi } from 'vitest';
import { SidebarSync } from '@/components/sidebar/SidebarSync';
import { catalogTranslator, overlayCatalogFor } from '@/utils/i18n/overlay';
import { messaging } from '@/utils/messages';
import { syncStatusItem } from '@/utils/storage-items';
import { syncStatusOff } from '@/utils/sync/status';
import { button, click, mount, settle, statusText } from './render';

// The sidebar gets only the overlay catalog the background publishes: render with exactly that.
const overlay = (locale: 'ar' | 'en') => () => catalogTranslator(overlayCatalogFor(locale));
// Whether the line is mounted at all (only once team sync is set up) is the overlay's choice: see the e2e.
const sidebar = (locale: 'ar' | 'en' = 'en') => mount(<SidebarSync />, locale, overlay(locale));

describe('the sync line in the sidebar', () => {
  it('says nothing while sync is off', async () => {
    const root = await sidebar();
    await settle();
    expect(statusText(root)).toEqual([]);
  });

  it('follows the stored status and asks the background to sync now', async () => {
    await syncStatusItem.setValue({ ...syncStatusOff, state: 'offline' });
    const send = vi.spyOn(messaging, 'sendMessage').mockResolvedValue({ ok: true, value: syncStatusOff } as never);
    const root = await sidebar();
    await settle();
    expect(statusText(root)).toEqual(['Offline — will retry']);
    await click(button(root, 'Retry'));
    expect(send).toHaveBeenCalledWith('syncNow', undefined);
    await syncStatusItem.setValue({ ...syncStatusOff, state: 'pending', pending: 2 });
    await settle();
    expect(statusText(root)).toEqual(['2 changes waiting']);
  });

  it('in Arabic from the published catalog', async () => {
    await syncStatusItem.setValue({ ...syncStatusOff, state: 'pending', pending: 2, conflicts: 1 });
    const root = await sidebar('ar');
    await settle();
    expect(statusText(root)).toEqual(['تغييران بانتظار المزامنة · تعارض واحد بانتظار قرارك']);
  });
});
