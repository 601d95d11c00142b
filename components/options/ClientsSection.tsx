import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/client';
import type { Contract } from '@/utils/model/contract';
import type { Problem } from '@/utils/model/problem';
import type { SocialAccount } from '@/utils/model/social-account';
import { clientDisplayName } from '@/utils/model/names';
import { useI18n } from '../i18n';
import { ClientForm, type ClientDraft } from './ClientForm';
import { ContractForm, contractToDraft, type ContractDraft } from './ContractForm';

export interface ClientsSectionProps {
  clients: Client[];
  contracts: Contract[];
  accounts: SocialAccount[];
  today: string;
  onSaveClient: (draft: ClientDraft) => Promise<Problem[] | null>;
  /** A team client a plain member may not change (admins and owners edit clients and contracts): shown read-only. */
  readOnly?: (client: Client) => boolean;
  onArchive: (client: Client, archived: boolean) => void;
  onSaveContract: (draft: ContractDraft) => Promise<Problem[] | null>;
  onDeleteContract: (contract: Contract) => void;
}

const accountUrl: Record<SocialAccount['platform'], (a: SocialAccount) => string> = {
  x: (a) => `https://x.com/${encodeURIComponent(a.handle || a.key)}`,
  instagram: (a) => `https://www.instagram.com/${encodeURIComponent(a.handle || a.key)}/`,
  facebook: (a) =>
    a.handle
      ? `https://www.facebook.com/${encodeURIComponent(a.handle)}`
      : `https://www.facebook.com/profile.php?id=${encodeURIComponent(a.key)}`,
};

const newClient: ClientDraft = { nameAr: '', nameEn: '', color: '#0f766e', notes: '' };

export function ClientsSection(props: ClientsSectionProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const visible = props.clients.filter((c) => showArchived || !c.archived);
  const emptyContract = (clientId: string): ContractDraft => ({
    clientId,
    startsOn: props.today,
    endsOn: '',
    monthlyHours: '',
    minDailyHours: '',
    workingDays: [0, 1, 2, 3, 4],
    languages: 'ar, en',
    hourlyRate: '',
    currency: '',
  });
  return (
    <section aria-labelledby="section-title" class="clients">
      <details>
        <summary>{t('clientAdd')}</summary>
        <ClientForm initial={newClient} onSave={props.onSaveClient} />
      </details>
      <p>
        <label class="inline">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          {t('clientShowArchived')}
        </label>
      </p>
      {visible.length === 0 && <p class="muted">{t('noClientsYet')}</p>}
      <ul class="client-list">
        {visible.map((client) => {
          const name = clientDisplayName(client, locale);
          const contracts = props.contracts
            .filter((c) => c.clientId === client.id)
            .sort((a, b) => b.startsOn.localeCompare(a.startsOn));
          const accounts = props.accounts.filter((a) => a.clientId === client.id);
          const editable = !props.readOnly?.(client);
          return (
            <li key={client.id} class="client-card" style={{ borderInlineStartColor: client.color }}>
              <h3>
                <bdi>{name}</bdi> {client.archived && <span class="muted">({t('clientArchived')})</span>}
              </h3>
              {!editable && <p class="muted">{t('clientTeamReadOnly')}</p>}
              {editable && (
                <p class="row">
                  <button
                    type="button"
                    aria-label={`${t('edit')}: ${name}`}
                    onClick={() => setEditing(editing === client.id ? null : client.id)}
                  >
                    {t('edit')}
                  </button>
                  <button type="button" onClick={() => props.onArchive(client, !client.archived)}>
                    {client.archived ? `${t('clientUnarchive')}: ${name}` : `${t('clientArchive')}: ${name}`}
                  </button>
                </p>
              )}
              {editable && editing === client.id && (
                <ClientForm
                  initial={{
                    id: client.id,
                    nameAr: client.nameAr,
                    nameEn: client.nameEn,
                    color: client.color,
                    notes: client.notes,
                    baseRevision: client.revision,
                  }}
                  onSave={async (draft) => {
                    const refused = await props.onSaveClient(draft);
                    if (!refused) setEditing(null);
                    return refused;
                  }}
                  onCancel={() => setEditing(null)}
                />
              )}
              <h4>{t('contractsTitle')}</h4>
              {contracts.length === 0 && <p class="muted">{t('noContract')}</p>}
              <ul>
                {contracts.map((contract) => (
                  <li key={contract.id}>
                    <details>
                      <summary>
                        {contract.startsOn} – {contract.endsOn ?? '…'}:{' '}
                        {t('contractSummary', { monthly: contract.monthlyHours, daily: contract.minDailyHours })}
                      </summary>
                      {editable && <ContractForm initial={contractToDraft(contract)} onSave={props.onSaveContract} />}
                      {editable && (
                        <button type="button" onClick={() => props.onDeleteContract(contract)}>
                          {t('delete')}
                        </button>
                      )}
                    </details>
                  </li>
                ))}
              </ul>
              {editable && (
                <details>
                  <summary>{`${t('contractAdd')}: ${name}`}</summary>
                  <ContractForm initial={emptyContract(client.id)} onSave={props.onSaveContract} />
                </details>
              )}
              <h4>{t('clientAccounts')}</h4>
              {accounts.length === 0 ? (
                <p class="muted">{t('clientNoAccounts')}</p>
              ) : (
                <ul>
                  {accounts.map((account) => (
                    <li key={account.id}>
                      {t(`platform.${account.platform}`)}:{' '}
                      <a href={accountUrl[account.platform](account)} target="_blank" rel="noopener noreferrer">
                        <bdi>{account.displayName || account.handle || account.key}</bdi>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
