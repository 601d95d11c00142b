import { describe, expect, it } from 'vitest';
import { requests } from '@/utils/protocol';
import { updateSettings } from '@/entrypoints/background/settings';
import { settingsItem } from '@/utils/storage-items';

async function patch(data: unknown) {
  const parsed = requests.updateSettings.request.safeParse(data);
  if (!parsed.success) return { refused: true as const };
  return updateSettings(parsed.data as never);
}

describe('updating settings', () => {
  it('changes only the fields sent', async () => {
    await patch({ timeZone: 'Africa/Cairo', idleMinutes: 10 });
    await patch({ language: 'ar' });
    expect(await settingsItem.getValue()).toMatchObject({
      language: 'ar',
      timeZone: 'Africa/Cairo',
      idleMinutes: 10,
      reminderTime: '16:00',
    });
  });

  it('an empty patch changes nothing', async () => {
    await patch({ agentName: 'Mona' });
    await patch({});
    expect((await settingsItem.getValue()).agentName).toBe('Mona');
  });

  it('refuses unknown fields and bad values, leaving settings as they were', async () => {
    await patch({ idleMinutes: 7 });
    expect(await patch({ idleMinutes: 0 })).toMatchObject({ refused: true });
    expect(await patch({ colour: 'red' })).toMatchObject({ refused: true });
    expect((await settingsItem.getValue()).idleMinutes).toBe(7);
  });
});
