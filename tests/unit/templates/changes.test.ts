import { describe, expect, it } from 'vitest';
import type { ChangeNotice } from '@/utils/stored-values';
import { TemplateChanges } from '@/utils/templates/changes';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';
const notice = (seq: number, stores: ChangeNotice['stores'], templateIds: string[] | null = null): ChangeNotice => ({
  seq,
  stores,
  templateIds,
});

describe('which templates the sidebar frame reads again', () => {
  it('all of them first, then only the ids the notices named, gathered across notices', () => {
    const changes = new TemplateChanges(4);
    expect(changes.take()).toBeNull();
    expect(changes.note(notice(5, ['templates', 'uses'], [a]))).toBe(true);
    expect(changes.note(notice(6, ['entries']))).toBe(false);
    expect(changes.note(notice(7, ['templates'], [b]))).toBe(true);
    expect([...changes.take()!].sort()).toEqual([a, b]);
    expect(changes.take()).toEqual([]);
  });

  it('all of them after a notice that names none (an import, a sync)', () => {
    const changes = new TemplateChanges(0);
    changes.take();
    changes.note(notice(1, ['templates'], [a]));
    changes.note(notice(2, ['templates']));
    changes.note(notice(3, ['templates'], [b]));
    expect(changes.take()).toBeNull();
  });

  it('all of them after a missed notice, whatever it was', () => {
    const changes = new TemplateChanges(10);
    changes.take();
    expect(changes.note(notice(12, ['entries']))).toBe(true);
    expect(changes.take()).toBeNull();
    expect(changes.note(notice(13, ['templates'], [a]))).toBe(true);
    expect(changes.take()).toEqual([a]);
  });
});
