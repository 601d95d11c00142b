import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';

/**
 * A form's typed value, the background's refusals, and its submit handler: save, show what was refused, and
 * empty an "add" form (no id) once saved. `afterAdd` says what an emptied form starts from (default: `initial`).
 */
export function useDraftForm<T extends { id?: string }>(
  initial: T,
  onSave: (value: T) => Promise<Problem[] | null>,
  afterAdd: (saved: T) => T = () => initial,
) {
  const [value, setValue] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (patch: Partial<T>) => setValue((current) => ({ ...current, ...patch }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const refused = await onSave(value);
    setProblems(refused ?? []);
    if (!refused && !initial.id) setValue(afterAdd(value));
  };
  return { value, set, problems, submit };
}
