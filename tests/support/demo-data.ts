import type { Page } from '@playwright/test';
import { sendToBackground } from './background';

/** A small, believable agency workload: two clients with contracts, so the demo shows more than empty states. */
export async function seedDemoData(extensionPage: Page): Promise<void> {
  const existing = await sendToBackground(extensionPage, 'listRecords', { store: 'clients' });
  if (existing.ok && existing.value.length > 0) return;
  const acme = await sendToBackground(extensionPage, 'saveRecord', {
    store: 'clients',
    record: { nameAr: 'متجر أكمي', nameEn: 'Acme Store', color: '#b45309' },
  });
  const wasla = await sendToBackground(extensionPage, 'saveRecord', {
    store: 'clients',
    record: { nameAr: 'وصلة التجريبي', nameEn: 'Wasla Demo', color: '#0f766e' },
  });
  if (!acme.ok || !wasla.ok) throw new Error('demo data refused');
  for (const client of [acme.value, wasla.value] as { id: string }[]) {
    await sendToBackground(extensionPage, 'saveRecord', {
      store: 'contracts',
      record: { clientId: client.id, startsOn: '2026-01-01', monthlyHours: 80, minDailyHours: 4, languages: ['ar', 'en'] },
    });
  }
}
