import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import { ProblemList } from '../problems';
import { useI18n } from '../i18n';
import { tooLargeProblem } from '@/utils/backup/transfer';

export type BackupOutcome = { ok: true; recordCount: number } | { ok: false; problems: Problem[] };

export interface BackupSectionProps {
  onExport: () => Promise<BackupOutcome>;
  /** Receives the chosen file (not too large); the caller sends it to the background to check and restore. */
  onImport: (file: File) => Promise<BackupOutcome>;
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
    // Refused at once, before reading a byte: a file larger than a backup can be.
    const tooLarge = tooLargeProblem(file.size);
    if (tooLarge) return report({ ok: false, problems: [tooLarge] }, 'backupImported');
    if (!confirm(t('backupImportConfirm'))) return;
    setProblems([]);
    setStatus(t('backupWorking'));
    report(await onImport(file), 'backupImported');
  };

  return (
    <section aria-labelledby="section-title">
      <p>{t('backupIntro')}</p>
      <p>
        <button
          type="button"
          onClick={async () => {
            setStatus(t('backupWorking'));
            report(await onExport(), 'backupExported');
          }}
        >
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
