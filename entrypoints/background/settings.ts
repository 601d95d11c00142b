import { settings, type Settings } from '@/utils/model';
import type { Result } from '@/utils/messages';
import { settingsItem } from '@/utils/storage-items';
import { problemsFromZod } from '@/utils/model';

export async function updateSettings(patch: Partial<Settings>): Promise<Result<Settings>> {
  const merged = { ...(await settingsItem.getValue()), ...patch };
  const parsed = settings.safeParse(merged);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, [], merged) };
  await settingsItem.setValue(parsed.data);
  return { ok: true, value: parsed.data };
}
