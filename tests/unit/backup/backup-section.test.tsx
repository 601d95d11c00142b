// Issue 19 item 2: a file larger than a backup may be is refused at once, saying the limit, before it is read.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { BackupSection } from '@/components/options/BackupSection';
import { mount, settle } from '../components/render';

describe('choosing a backup file', () => {
  it('refuses a file over 200 MiB at once, saying its size and the limit, without reading or sending it', async () => {
    const onImport = vi.fn();
    const confirm = vi.fn(() => true);
    const root = await mount(<BackupSection onExport={vi.fn()} onImport={onImport} confirm={confirm} />, 'ar');
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const text = vi.fn();
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [{ name: 'huge.json', size: 230 * 1024 * 1024, text }],
    });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(
      'حجم الملف ٢٣٠ ميغابايت؛ الحد الأقصى للنسخة الاحتياطية ٢٠٠ ميغابايت',
    );
    expect(onImport).not.toHaveBeenCalled();
    expect(confirm).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
  });

  it('passes a file within the limit on after the user confirms', async () => {
    const onImport = vi.fn(async () => ({ ok: true as const, recordCount: 3 }));
    const root = await mount(<BackupSection onExport={vi.fn()} onImport={onImport} confirm={() => true} />);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = { name: 'ok.json', size: 150 * 1024 * 1024, text: async () => '{}' };
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(onImport).toHaveBeenCalledWith(file);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Backup restored. Records: 3.');
  });
});
