import { useState } from 'preact/hooks';
import { builtInLabels } from '@/utils/model/names';
import type { PostLabel } from '@/utils/model/post-label';
import type { Problem } from '@/utils/model/problem';
import type { MessageKey } from '@/utils/i18n/core';
import { ProblemList } from '../problems';
import { useI18n } from '../i18n';

export interface LabelTarget {
  url: string;
  excerpt: string;
  authorName: string;
  kind: 'post' | 'comment';
}

export interface LabelPanelProps {
  target: LabelTarget | null;
  labels: PostLabel[];
  onSave: (label: string, note: string) => Promise<Problem[] | null>;
}

const customValue = '__custom__';

/** Labels the post or comment last clicked on the page (or the open post), and lists the client's recent labels. */
export function LabelPanel({ target, labels, onSave }: LabelPanelProps) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<string>(builtInLabels[0]);
  const [custom, setCustom] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const labelText = (label: string) => {
    const key = `label.${label}` as MessageKey;
    const translated = t(key);
    return translated === key ? label : translated;
  };
  return (
    <section class="wasla-labels" aria-labelledby="wasla-labels-title">
      <h3 id="wasla-labels-title">{t('labelsTitle')}</h3>
      {target ? (
        <form
          class="wasla-stack"
          aria-label={t('labelThis')}
          onSubmit={async (event) => {
            event.preventDefault();
            const refused = await onSave(choice === customValue ? custom : choice, note);
            setProblems(refused ?? []);
            if (!refused) {
              setNote('');
              setCustom('');
            }
          }}
        >
          <blockquote class="wasla-excerpt">
            <bdi>{target.authorName}</bdi>: <bdi>{target.excerpt}</bdi>
          </blockquote>
          <label for="wasla-label-kind">{t('labelKind')}</label>
          <select id="wasla-label-kind" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {builtInLabels.map((label) => (
              <option key={label} value={label}>
                {labelText(label)}
              </option>
            ))}
            <option value={customValue}>{t('labelCustom')}</option>
          </select>
          {choice === customValue && (
            <label>
              {t('labelCustomName')}
              <input type="text" maxLength={60} value={custom} onInput={(e) => setCustom(e.currentTarget.value)} />
            </label>
          )}
          <label>
            {t('entryNote')}
            <input type="text" maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('labelSave')}</button>
          <ProblemList problems={problems} />
        </form>
      ) : (
        <p class="wasla-muted">{t('labelHint')}</p>
      )}
      {labels.length > 0 && (
        <ul class="wasla-label-list" aria-label={t('recentLabels')}>
          {labels.map((label) => (
            <li key={label.id}>
              <span class="wasla-chip">{labelText(label.label)}</span> <bdi>{label.excerpt}</bdi>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
