import { useEffect, useRef, useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';

/** A form value without its revision, to compare what two copies say. */
function content<T extends { baseRevision?: number }>(value: T): string {
  const { baseRevision: _revision, ...rest } = value;
  return JSON.stringify(rest);
}

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
  /** What the stored record said when the form last agreed with it: as opened, then as the user last saved it. */
  const agreed = useRef(initial);
  // A team record's revision moves when a sync settles. If the stored record says what the form last agreed
  // with (it was opened so, or the user's own save came back from the server), the form follows the new
  // revision and keeps what the user typed since. If the record changed underneath, it keeps the old revision,
  // so saving is refused instead of silently overwriting a teammate's edit.
  useEffect(() => {
    setValue((current) => {
      if (current.baseRevision === initial.baseRevision) return current;
      const ours = content(initial) === content(agreed.current) || content(initial) === content(current);
      if (!ours) return current;
      agreed.current = initial;
      return { ...current, baseRevision: initial.baseRevision };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the record's revision only; the rest of `initial` is read at that moment
  }, [initial.baseRevision]);
  const set = (patch: Partial<T>) => setValue((current) => ({ ...current, ...patch }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const refused = await onSave(value);
    setProblems(refused ?? []);
    if (!refused) agreed.current = value;
    if (!refused && !initial.id) setValue(afterAdd(value));
  };
  return { value, set, problems, submit };
}
