import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import { ProblemList } from '../problems';
import { useI18n } from '../i18n';

export type BackupOutcome = { ok: true; recordCount: number } | { ok: false; problems: Problem[] };

export interface BackupSectionProps {
  onExport: () => Promise<BackupOutcome>;
  /** Receives the chosen file's text; the caller asks the background to check and restore it. */
  onImport: (text: string) => Promise<BackupOutcome>;
  confirm: (question: string) => boolean;
}

export function BackupSection({ onExport, onImport, confirm }: BackupSectionProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string>('');
  const [problems, setProblems] = useState<Problem[]>([]);

  const report = (outcome: BackupOutcome, done: 'backupImported' | 'backupExported') => {
    if (outcome.ok) {
      setProblems([]);
      setStatus(t(done, { count: outcome.recordCount }));
    } else {
      setStatus('');
      setProblems(outcome.problems);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!confirm(t('backupImportConfirm'))) return;
    report(await onImport(await file.text()), 'backupImported');
  };

  return (
    <section aria-labelledby="section-title">
      <p>{t('backupIntro')}</p>
      <p>
        <button type="button" onClick={async () => report(await onExport(), 'backupExported')}>
          {t('backupExport')}
        </button>
      </p>
      <p>
        <label>
          {t('backupImport')}{' '}
          <input type="file" accept="application/json,.json" onChange={(event) => importFile(event.currentTarget)} />
        </label>
      </p>
      <p role="status">{status}</p>
      {problems.length > 0 && <ProblemList title={t('backupRejected')} problems={problems} />}
    </section>
  );
}
