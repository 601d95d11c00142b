import type { MessageKey } from '@/utils/i18n/core';
import { clientDisplayName } from '@/utils/model/names';
import type { RemovedWork, UnsentRecord } from '@/utils/sync/removed';
import { isolate } from '../sync/text';
import { ProblemList } from '../problems';
import { useAction, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export interface TeamRemovedWorkProps {
  work: RemovedWork;
  onKeep: () => Refusal;
  onDiscard: () => Refusal;
  /** Saves the records as a JSON file (the page does it: nothing leaves the computer otherwise). */
  onExport: (work: RemovedWork) => void;
}

/**
 * After an admin removed this user from a team: says so, lists what had not reached the team, and lets the user
 * keep it as local records, export it, or discard it. Nothing is lost until they choose.
 */
export function TeamRemovedWork({ work, onKeep, onDiscard, onExport }: TeamRemovedWorkProps) {
  const { t, locale } = useI18n();
  const keep = useAction(onKeep);
  const discard = useAction(onDiscard);
  const clients = new Map(
    work.records.filter((r) => r.store === 'clients').map((r) => [r.record.id as string, r.record]),
  );
  const label = ({ store, record }: UnsentRecord): string => {
    const clientOf = (id: unknown) => {
      const client = clients.get(id as string) as { nameAr: string; nameEn: string } | undefined;
      return client ? clientDisplayName(client, locale) : '';
    };
    switch (store) {
      case 'clients':
        return clientDisplayName(record as { nameAr: string; nameEn: string }, locale);
      case 'templates':
        return String(record.title ?? '');
      case 'entries': {
        const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(String(record.start)),
        );
        return [clientOf(record.clientId), when].filter(Boolean).join(' · ');
      }
      default:
        return clientOf(record.clientId);
    }
  };
  const unsent = work.records.filter((r) => r.unsent);

  return (
    <div class="stack">
      <p role="alert">{t('team.removedFrom', { team: isolate(work.teamName, locale), count: unsent.length })}</p>
      <ul aria-label={t('team.removedListLabel')}>
        {unsent.map((item) => (
          <li key={`${item.store}:${String(item.record.id)}`}>
            {t(`team.store.${item.store}` as MessageKey)}: <bdi>{label(item)}</bdi>
          </li>
        ))}
      </ul>
      <p class="muted">{t('team.removedHint')}</p>
      <p class="row">
        <button type="button" onClick={() => void keep.run()}>
          {t('team.removedKeep')}
        </button>
        <button type="button" onClick={() => onExport(work)}>
          {t('team.removedExport')}
        </button>
        <button type="button" onClick={() => void discard.run()}>
          {t('team.removedDiscard')}
        </button>
      </p>
      <ProblemList problems={[...keep.problems, ...discard.problems]} />
    </div>
  );
}
