import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStored, storedReader } from '@/utils/overlay/stored-reader';
import { overlayCatalogItem, settingsItem, sidebarOpenItem } from '@/utils/storage-items';
import { defaultSettings, storedOverlayCatalog, storedSettings, storedSidebarOpen } from '@/utils/stored-values';

// The sidebar's lean reader must see exactly what the background's WXT items write, and the other way round.
describe('the content scripts’ stored-value reader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the fallback before anything is written', async () => {
    expect(await storedReader(storedSettings).getValue()).toEqual(defaultSettings);
    expect(await readStored([storedSidebarOpen, storedOverlayCatalog])).toEqual([{}, { locale: 'en', messages: {} }]);
  });

  it('reads what the WXT items wrote, several values in one read', async () => {
    await settingsItem.setValue({ ...defaultSettings, agentName: 'Mona' });
    await overlayCatalogItem.setValue({ locale: 'ar', messages: { appName: 'وصلة' } });
    const [settings, open, catalog] = await readStored([storedSettings, storedSidebarOpen, storedOverlayCatalog]);
    expect(settings.agentName).toBe('Mona');
    expect(open).toEqual({});
    expect(catalog).toEqual({ locale: 'ar', messages: { appName: 'وصلة' } });
  });

  it('writes where the WXT item reads, and watches until stopped, falling back when the value is removed', async () => {
    const open = storedReader(storedSidebarOpen);
    const seen: Record<string, boolean>[] = [];
    const stop = open.watch((next) => seen.push(next));
    await open.setValue({ x: false });
    expect(await sidebarOpenItem.getValue()).toEqual({ x: false });
    await sidebarOpenItem.removeValue();
    stop();
    await open.setValue({ x: true });
    expect(seen).toEqual([{ x: false }, {}]);
  });
});
