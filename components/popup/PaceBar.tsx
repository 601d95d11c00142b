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

/**
 * One tracked-vs-target bar, named for screen readers, with the numbers beside it. A styled element with the
 * progressbar role rather than a native <progress>: a month of 30 clients draws over a hundred bars, and each
 * native one brings its own shadow tree and theme painting to the popup's first frame.
 */
export function PaceBar({ id, label, name, doneHours, targetHours, valueText, note }: PaceBarProps) {
  const { dir } = useI18n();
  const max = Math.max(targetHours, 0.01);
  return (
    <div class="pace-row" dir={dir}>
      <span class="pace-label" aria-hidden="true">
        {label}
      </span>
      <div
        id={id}
        class="pace-bar"
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(doneHours, max)}
        aria-valuetext={valueText}
      >
        <div class="pace-fill" style={{ inlineSize: `${(Math.min(doneHours, max) / max) * 100}%` }} />
      </div>
      <span class="pace-value">
        {valueText}
        {note && <span class={note.behind ? 'pace-behind' : 'pace-ahead'}> · {note.text}</span>}
      </span>
    </div>
  );
}
