import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import { ProblemList } from '../problems';
import { useI18n } from '../i18n';

export type TemplatesFileKind = 'json' | 'csv';
export type TransferOutcome = { ok: true; count: number } | { ok: false; problems: Problem[] };

export interface TemplatesTransferProps {
  onExport: (kind: TemplatesFileKind) => Promise<TransferOutcome>;
  /** Receives the chosen file; the caller parses it, checks everything and imports all of it or nothing. */
  onImport: (file: File) => Promise<TransferOutcome>;
}

export function TemplatesTransfer({ onExport, onImport }: TemplatesTransferProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [rejected, setRejected] = useState('');

  const report = (outcome: TransferOutcome, done: 'templates.exported' | 'templates.imported') => {
    setProblems(outcome.ok ? [] : outcome.problems);
    setRejected(!outcome.ok && done === 'templates.imported' ? t('templates.importRejected') : '');
    setStatus(outcome.ok ? t(done, { count: outcome.count }) : '');
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) report(await onImport(file), 'templates.imported');
  };

  return (
    <section aria-labelledby="templates-transfer" class="stack">
      <h3 id="templates-transfer">{t('templates.transfer')}</h3>
      <p class="row">
        <button type="button" onClick={async () => report(await onExport('json'), 'templates.exported')}>
          {t('templates.exportJson')}
        </button>
        <button type="button" onClick={async () => report(await onExport('csv'), 'templates.exported')}>
          {t('templates.exportCsv')}
        </button>
      </p>
      <label for="templates-import">{t('templates.import')}</label>
      <input
        id="templates-import"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        aria-describedby="templates-import-hint"
        onChange={(event) => importFile(event.currentTarget)}
      />
      <p id="templates-import-hint" class="muted">
        {t('templates.importHint')}
      </p>
      <p role="status">{status}</p>
      <ProblemList title={rejected || undefined} problems={problems} />
    </section>
  );
}
