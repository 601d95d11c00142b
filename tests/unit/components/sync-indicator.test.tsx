import { describe, expect, it, vi } from 'vitest';
import { SyncIndicator } from '@/components/sync/SyncIndicator';
import { syncStatusOff, type SyncStatus } from '@/utils/sync/status';
import { button, buttons, click, mount, statusText } from './render';

const now = new Date(2026, 10, 20, 15, 0).getTime();
const status = (patch: Partial<SyncStatus>): SyncStatus => ({ ...syncStatusOff, state: 'synced', ...patch });
const show = (value: SyncStatus, locale: 'en' | 'ar' = 'en', onRetry = () => {}) =>
  mount(<SyncIndicator status={value} onRetry={onRetry} nowMs={now} />, locale);

describe('the sync indicator', () => {
  it('is not there while sync is off (no project or signed out)', async () => {
    const root = await show(syncStatusOff);
    expect(root.innerHTML).toBe('');
  });

  it('synced: says so with the time of the last sync (a time only for today, a date otherwise)', async () => {
    expect(statusText(await show(status({ lastSyncedAt: new Date(2026, 10, 20, 14, 5).toISOString() })))).toEqual([
      'Synced at 02:05 PM',
    ]);
    expect(statusText(await show(status({ lastSyncedAt: new Date(2026, 10, 18, 9, 30).toISOString() })))[0]).toMatch(
      /^Synced on Nov 18, 2026/,
    );
    expect(statusText(await show(status({})))).toEqual(['Synced']);
  });

  it('pending: counts the changes waiting, in the right grammatical number', async () => {
    expect(statusText(await show(status({ state: 'pending', pending: 1 })))).toEqual(['1 change waiting']);
    expect(statusText(await show(status({ state: 'pending', pending: 12 })))).toEqual(['12 changes waiting']);
    expect(statusText(await show(status({ state: 'pending', pending: 1 }), 'ar'))).toEqual([
      'تغيير واحد بانتظار المزامنة',
    ]);
    expect(statusText(await show(status({ state: 'pending', pending: 2 }), 'ar'))).toEqual([
      'تغييران بانتظار المزامنة',
    ]);
    expect(statusText(await show(status({ state: 'pending', pending: 3 }), 'ar'))).toEqual([
      '٣ تغييرات بانتظار المزامنة',
    ]);
    expect(statusText(await show(status({ state: 'pending', pending: 11 }), 'ar'))).toEqual([
      '١١ تغييرًا بانتظار المزامنة',
    ]);
    expect(statusText(await show(status({ state: 'pending', pending: 100 }), 'ar'))).toEqual([
      '١٠٠ تغيير بانتظار المزامنة',
    ]);
  });

  it('syncing: a labelled progress bar with done of total, and no button meanwhile', async () => {
    const root = await show(status({ state: 'syncing', progress: { done: 40, total: 250 } }));
    expect(statusText(root)).toEqual(['Syncing…']);
    const bar = root.querySelector('progress')!;
    expect(bar.getAttribute('aria-label')).toBe('Sync progress');
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['40', '250']);
    expect(root.textContent).toContain('40 of 250');
    expect(buttons(root)).toEqual([]);
  });

  it('syncing with no known total: the bar is indeterminate and counts what is done', async () => {
    const root = await show(status({ state: 'syncing', progress: { done: 7, total: null } }));
    expect(root.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(root.textContent).toContain('7 done');
    const arabic = await show(status({ state: 'syncing', progress: { done: 40, total: 250 } }), 'ar');
    expect(arabic.querySelector('progress')!.getAttribute('aria-label')).toBe('تقدّم المزامنة');
    expect(arabic.textContent).toContain('٤٠ من ٢٥٠');
  });

  it('offline: says it will retry, and when; Retry asks to sync now', async () => {
    const onRetry = vi.fn();
    const root = await show(
      status({ state: 'offline', nextAttemptAt: new Date(2026, 10, 20, 15, 2).toISOString() }),
      'en',
      onRetry,
    );
    expect(statusText(root)).toEqual(['Offline — will retry at 03:02 PM']);
    await click(button(root, 'Retry'));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(statusText(await show(status({ state: 'offline' })))).toEqual(['Offline — will retry']);
  });

  it('error: a known code in words, anything else as the server said it', async () => {
    expect(
      statusText(
        await show(
          status({ state: 'error', error: { code: 'forbidden', message: 'new row violates row-level security' } }),
        ),
      ),
    ).toEqual(['Sync error: your role in the team does not allow this']);
    const root = await show(status({ state: 'error', error: { code: 'PGRST301', message: 'JWT expired' } }));
    expect(statusText(root)).toEqual(['Sync error: JWT expired']);
    expect(buttons(root)).toEqual(['Retry']);
    // In Arabic the server's Latin message is isolated so it does not reorder the sentence around it.
    expect(
      statusText(await show(status({ state: 'error', error: { code: 'x', message: 'JWT expired' } }), 'ar')),
    ).toEqual(['خطأ في المزامنة: \u2068JWT expired\u2069']);
  });

  it('adds the conflicts and refused changes waiting for the user', async () => {
    const root = await show(status({ state: 'pending', pending: 2, conflicts: 3, rejected: 1 }));
    expect(statusText(root)).toEqual(['2 changes waiting · 3 conflicts to resolve · 1 change refused by the server']);
    expect(buttons(root)).toEqual(['Sync now']);
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Team sync');
  });
});
