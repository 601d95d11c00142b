import { useI18n } from '../i18n';

export interface PaceBarProps {
  id: string;
  /** Short visible label ("Month"); `name` is the bar's full accessible name, client included. */
  label: string;
  name: string;
  doneHours: number;
  targetHours: number;
  /** Already formatted "done of target" text: shown and used as the bar's value text. */
  valueText: string;
  /** Ahead or behind, when the bar measures a pace. */
  note?: { text: string; behind: boolean };
}

/** One tracked-vs-target bar: a native progress element named for screen readers, with the numbers beside it. */
export function PaceBar({ id, label, name, doneHours, targetHours, valueText, note }: PaceBarProps) {
  const { dir } = useI18n();
  const max = Math.max(targetHours, 0.01);
  return (
    <div class="pace-row" dir={dir}>
      <span class="pace-label" aria-hidden="true">
        {label}
      </span>
      <progress id={id} aria-label={name} aria-valuetext={valueText} value={Math.min(doneHours, max)} max={max} />
      <span class="pace-value">
        {valueText}
        {note && <span class={note.behind ? 'pace-behind' : 'pace-ahead'}> · {note.text}</span>}
      </span>
    </div>
  );
}
