import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { popupStored } from '@/utils/stored-light';
import { settingsItem, timerStatusItem } from '@/utils/storage-items';
import { defaultSettings } from '@/utils/stored-values';
import { useStored } from '@/utils/views/use-stored';
import { mount } from '../components/render';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('useStored (the popup’s live stored values)', () => {
  it('starts from the value read before the first frame, catches a change written before it watched, then follows', async () => {
    let draws = 0;
    function Theme() {
      draws++;
      return <p>{useStored(popupStored.settings, { language: 'auto', timeZone: '', theme: 'light' }).theme}</p>;
    }
    // Written after the "first read" (the initial prop says light) and before the hook subscribes.
    await settingsItem.setValue({ ...defaultSettings, theme: 'dark' });
    const view = await mount(<Theme />);
    await settle();
    expect(view.textContent).toBe('dark');
    await act(() => settingsItem.setValue({ ...defaultSettings, theme: 'light' }));
    await settle();
    expect(view.textContent).toBe('light');
    const before = draws;
    // The same value written again (a fresh object from storage) draws nothing new.
    await act(() => settingsItem.setValue({ ...defaultSettings, theme: 'light' }));
    await settle();
    expect(draws).toBe(before);
  });

  it('reads a removed value as its default', async () => {
    const running = { entryId: 'e', clientId: 'c', startedAt: '2025-11-01T08:00:00.000Z', platform: null };
    await timerStatusItem.setValue({ timer: running, idle: null });
    function Timer() {
      const status = useStored(popupStored.timerStatus, { timer: running, idle: null });
      return <p>{status.timer ? status.timer.clientId : 'none'}</p>;
    }
    const view = await mount(<Timer />);
    await settle();
    expect(view.textContent).toBe('c');
    await act(() => timerStatusItem.removeValue());
    await settle();
    expect(view.textContent).toBe('none');
  });
});
