import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import { ProblemList } from '../problems';
import { useI18n } from '../i18n';

export interface SaveAsTemplateProps {
  /** Saves the text now in the page's reply box under this title; resolves with refusals, or null when saved. */
  onSave: (title: string) => Promise<Problem[] | null>;
}

/** "Save as template": keep a reply written on the page for next time, scoped to the open client. */
export function SaveAsTemplate({ onSave }: SaveAsTemplateProps) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState('');
  return (
    <details class="wasla-save-template">
      <summary>{t('saveAsTemplate')}</summary>
      <form
        class="wasla-stack"
        aria-label={t('saveAsTemplate')}
        onSubmit={async (event) => {
          event.preventDefault();
          const refused = await onSave(title);
          setProblems(refused ?? []);
          setSaved(refused ? '' : t('saveAsTemplateDone', { title }));
          if (!refused) setTitle('');
        }}
      >
        <label for="wasla-save-template-title">{t('saveAsTemplateTitle')}</label>
        <input
          id="wasla-save-template-title"
          value={title}
          maxLength={200}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        <button type="submit">{t('saveAsTemplateButton')}</button>
        <p role="status">{saved}</p>
        <ProblemList problems={problems} />
      </form>
    </details>
  );
}
