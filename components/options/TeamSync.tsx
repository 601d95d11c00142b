import type { MessageKey } from '@/utils/i18n';
import type { SyncConflict, SyncRejection, SyncStatus } from '@/utils/sync/status';
import { SyncIndicator } from '../sync/SyncIndicator';
import { ProblemList } from '../problems';
import { TeamConflict, type TeamConflictProps } from './TeamConflict';
import { useAction, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export interface TeamSyncProps {
  status: SyncStatus;
  conflicts: SyncConflict[];
  rejections: SyncRejection[];
  clientName: TeamConflictProps['clientName'];
  onSyncNow: () => void;
  onResolve: TeamConflictProps['onResolve'];
  onDismissRejections: () => Refusal;
}

/** Where sync stands, the conflicts waiting for a choice, and what the server refused. */
export function TeamSync(props: TeamSyncProps) {
  const { t } = useI18n();
  const dismiss = useAction(props.onDismissRejections);
  // A known code (e.g. `forbidden`) in words; anything else as the server put it.
  const reason = (code: string) => {
    const key = `errors.${code}` as MessageKey;
    const text = t(key);
    return text === key ? code : text;
  };
  const storeName = (store: string) => {
    const key = `team.store.${store}` as MessageKey;
    const text = t(key);
    return text === key ? store : text;
  };

  return (
    <>
      {props.status.state === 'off' ? (
        // The background has not reported yet (it writes the status after its first attempt).
        <p>
          <button type="button" onClick={props.onSyncNow}>
            {t('sync.now')}
          </button>
        </p>
      ) : (
        <SyncIndicator status={props.status} onRetry={props.onSyncNow} />
      )}

      {props.conflicts.length > 0 && (
        <section aria-labelledby="team-conflicts-title" class="stack">
          <h4 id="team-conflicts-title">{t('team.conflictsTitle')}</h4>
          <p class="muted">{t('team.conflictsHint')}</p>
          <ul class="conflict-list">
            {props.conflicts.map((conflict, index) => (
              <li key={conflict.key}>
                <TeamConflict
                  conflict={conflict}
                  index={index}
                  clientName={props.clientName}
                  onResolve={props.onResolve}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      {props.rejections.length > 0 && (
        <section aria-labelledby="team-rejections-title" class="stack">
          <h4 id="team-rejections-title">{t('team.rejectionsTitle')}</h4>
          <p class="muted">{t('team.rejectionsHint')}</p>
          <ul>
            {props.rejections.map((rejection) => (
              <li key={rejection.key}>
                {t('team.rejection', { store: storeName(rejection.store), reason: reason(rejection.reason) })}
                {rejection.message && (
                  <>
                    {' — '}
                    <bdi>{rejection.message}</bdi>
                  </>
                )}
              </li>
            ))}
          </ul>
          <p>
            <button type="button" onClick={() => void dismiss.run()}>
              {t('team.dismiss')}
            </button>
          </p>
          <ProblemList problems={dismiss.problems} />
        </section>
      )}
    </>
  );
}
