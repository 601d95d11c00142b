// Team sync at a glance (issue #8), the same on the popup, the sidebar and the options page. Its strings are in
// the overlay catalog because the sidebar, which carries only those, shows it too.
import { numberLocale, type Locale, type MessageKey } from '@/utils/i18n/core';
import type { SyncStatus } from '@/utils/sync/status';
import { useI18n } from '../i18n';
import { isolate, plural } from './text';

export interface SyncIndicatorProps {
  status: SyncStatus;
  /** "Retry" after a failure, "Sync now" otherwise: the page asks the background to sync. */
  onRetry: () => void;
  /** The clock times are read against (today's are shown as a time only). */
  nowMs?: number;
}

function formatWhen(iso: string, nowMs: number, locale: Locale): { time: string; today: boolean } {
  const at = new Date(iso);
  const day = (date: Date) => date.toDateString();
  const today = day(at) === day(new Date(nowMs));
  const format = new Intl.DateTimeFormat(
    numberLocale(locale),
    today ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' },
  );
  return { time: format.format(at), today };
}

export function SyncIndicator({ status, onRetry, nowMs = Date.now() }: SyncIndicatorProps) {
  const { t, locale } = useI18n();
  if (status.state === 'off') return null;

  let text: string;
  switch (status.state) {
    case 'synced': {
      if (!status.lastSyncedAt) {
        text = t('sync.synced');
        break;
      }
      const when = formatWhen(status.lastSyncedAt, nowMs, locale);
      text = t(when.today ? 'sync.syncedAt' : 'sync.syncedOn', { time: when.time });
      break;
    }
    case 'pending':
      text = plural(t, locale, 'sync.pending', status.pending);
      break;
    case 'syncing':
      text = t('sync.syncing');
      break;
    case 'offline':
      text = status.nextAttemptAt
        ? t('sync.offlineAt', { time: formatWhen(status.nextAttemptAt, nowMs, locale).time })
        : t('sync.offline');
      break;
    case 'error': {
      const code = status.error?.code ?? 'unknown';
      const key = `errors.${code}` as MessageKey;
      const known = t(key);
      const message = known !== key ? known : status.error?.message || t('errors.unknown');
      text = t('sync.error', { message: isolate(message, locale) });
      break;
    }
  }
  const extra = [
    // Offline or refused, the user still needs to know how much is waiting on this computer.
    (status.state === 'offline' || status.state === 'error') && status.pending > 0
      ? plural(t, locale, 'sync.pending', status.pending)
      : null,
    status.conflicts > 0 ? plural(t, locale, 'sync.conflicts', status.conflicts) : null,
    status.rejected > 0 ? plural(t, locale, 'sync.rejected', status.rejected) : null,
  ].filter((part) => part !== null);
  const progress = status.state === 'syncing' ? status.progress : null;
  const failed = status.state === 'offline' || status.state === 'error';

  return (
    <div class="wasla-sync" data-state={status.state} aria-label={t('sync.title')} role="group">
      <p role="status" class="wasla-sync-text">
        {[text, ...extra].join(' · ')}
      </p>
      {status.state === 'syncing' && (
        // The numbers sit outside the live region: a long first sync would otherwise announce every step.
        <p class="wasla-sync-progress">
          <progress
            aria-label={t('sync.progressLabel')}
            value={progress?.total ? progress.done : undefined}
            max={progress?.total ?? undefined}
          />
          {progress && (
            <span>
              {progress.total
                ? t('sync.progress', { done: progress.done, total: progress.total })
                : t('sync.progressDone', { done: progress.done })}
            </span>
          )}
        </p>
      )}
      {status.state !== 'syncing' && (
        <button type="button" onClick={onRetry}>
          {failed ? t('sync.retry') : t('sync.now')}
        </button>
      )}
    </div>
  );
}
