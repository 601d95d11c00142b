import type { Page } from '@playwright/test';
import type { TimeEntry } from '@/utils/model';
import { sendToBackground } from './background';

export async function createClient(extensionPage: Page, nameEn: string, nameAr = ''): Promise<string> {
  const saved = await sendToBackground(extensionPage, 'saveRecord', { store: 'clients', record: { nameEn, nameAr } });
  if (!saved.ok) throw new Error(`client refused: ${JSON.stringify(saved.problems)}`);
  return (saved.value as { id: string }).id;
}

export async function allEntries(extensionPage: Page): Promise<TimeEntry[]> {
  const listed = await sendToBackground(extensionPage, 'listRecords', { store: 'entries' });
  if (!listed.ok) throw new Error('listing entries failed');
  return (listed.value as TimeEntry[]).sort((a, b) => a.start.localeCompare(b.start));
}

export const durationMs = (entry: TimeEntry) => Date.parse(entry.end!) - Date.parse(entry.start);
