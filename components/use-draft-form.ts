import { useEffect, useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';

/**
 * A form's typed value, the background's refusals, and its submit handler: save, show what was refused, and
 * empty an "add" form (no id) once saved. `afterAdd` says what an emptied form starts from (default: `initial`).
 */
export function useDraftForm<T extends { id?: string; baseRevision?: number }>(
  initial: T,
  onSave: (value: T) => Promise<Problem[] | null>,
  afterAdd: (saved: T) => T = () => initial,
) {
  const [value, setValue] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  // A team record's revision moves when a sync settles. If the form still shows exactly the stored record (the
  // user's own save came back), it follows the new revision; if the record changed underneath, it keeps the
  // old one, so saving is refused instead of silently overwriting a teammate's edit.
  useEffect(() => {
    setValue((current) => {
      if (current.baseRevision === initial.baseRevision) return current;
      const { baseRevision: _mine, ...typed } = current;
      const { baseRevision: _stored, ...stored } = initial;
      return JSON.stringify(typed) === JSON.stringify(stored) ? { ...current, baseRevision: initial.baseRevision } : current;
    });
  }, [initial.baseRevision]);
  const set = (patch: Partial<T>) => setValue((current) => ({ ...current, ...patch }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const refused = await onSave(value);
    setProblems(refused ?? []);
    if (!refused && !initial.id) setValue(afterAdd(value));
  };
  return { value, set, problems, submit };
}
