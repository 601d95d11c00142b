import { useState } from 'preact/hooks';
import type { Result } from '@/utils/messages';
import { clientDisplayName } from '@/utils/model/names';
import type { TeamView } from '@/utils/sync/status';
import { ProblemList } from '../problems';
import { useAction } from './TeamShared';
import { useI18n } from '../i18n';

export interface TeamLocalClientsProps {
  clients: TeamView['localClients'];
  teamName: string;
  onShare: (clientIds: string[]) => Promise<Result<{ count: number }>>;
}

/**
 * Clients kept on this computer before joining: offered, never uploaded unasked. Nothing starts checked, so only
 * what the user ticks goes to the team.
 */
export function TeamLocalClients({ clients, teamName, onShare }: TeamLocalClientsProps) {
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [shared, setShared] = useState<number | null>(null);
  const [noneChosen, setNoneChosen] = useState(false);
  const share = useAction(async () => {
    setShared(null);
    // Only clients still offered: one shared meanwhile (from another window) is not sent twice.
    const ids = clients.filter((client) => chosen.has(client.id)).map((client) => client.id);
    setNoneChosen(ids.length === 0);
    if (ids.length === 0) return null;
    const result = await onShare(ids);
    if (!result.ok) return result.problems;
    setShared(result.value.count);
    setChosen(new Set());
    return null;
  });
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void share.run();
      }}
    >
      <p id="team-local-hint" class="muted">
        {t('team.localHint', { team: teamName })}
      </p>
      <fieldset aria-describedby="team-local-hint">
        <legend>{t('team.localLegend')}</legend>
        <ul class="team-checklist">
          {clients.map((client) => (
            <li key={client.id}>
              <label class="inline">
                <input
                  type="checkbox"
                  checked={chosen.has(client.id)}
                  aria-describedby={`team-local-${client.id}`}
                  onChange={(e) => toggle(client.id, e.currentTarget.checked)}
                />
                <bdi>{clientDisplayName(client, locale)}</bdi>
              </label>
              <span id={`team-local-${client.id}`} class="muted">
                {t('team.localRecords', { count: client.records })}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>
        <button type="submit">{t('team.shareSelected')}</button>
      </p>
      <p role="status">{shared === null ? '' : t('team.shared', { count: shared })}</p>
      {noneChosen && (
        <p role="alert" class="problems">
          {t('team.shareNone')}
        </p>
      )}
      <ProblemList problems={share.problems} />
    </form>
  );
}
