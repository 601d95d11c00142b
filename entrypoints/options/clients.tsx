// The Clients & contracts section's container: loads through the background and saves through it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ClientsSection } from '@/components/options/ClientsSection';
import type { ClientDraft } from '@/components/options/ClientForm';
import { draftToContract, type ContractDraft } from '@/components/options/ContractForm';
import { api } from '@/utils/messages';
import type { Client, Contract, SocialAccount } from '@/utils/model';
import { changesItem } from '@/utils/storage-items';
import { mayChange } from '@/utils/sync/permissions';
import { useWriter } from '@/utils/views/use-writer';

export function ClientsPage({ today }: { today: string }) {
  const [clients, setClients] = useState<Client[]>([]);
  const [contracts, setContracts] = useState<Contract[]>([]);
  const [accounts, setAccounts] = useState<SocialAccount[]>([]);
  const writer = useWriter();
  const load = useCallback(async () => {
    const [c, k, a] = await Promise.all([api.list('clients'), api.list('contracts'), api.list('accounts')]);
    if (c.ok) setClients(c.value.sort((x, y) => (x.nameEn || x.nameAr).localeCompare(y.nameEn || y.nameAr)));
    if (k.ok) setContracts(k.value);
    if (a.ok) setAccounts(a.value);
  }, []);
  useEffect(() => {
    void load();
    return changesItem.watch(() => void load());
  }, [load]);

  return (
    <ClientsSection
      clients={clients}
      contracts={contracts}
      accounts={accounts}
      today={today}
      readOnly={(client) => !mayChange('clients', client, writer)}
      onSaveClient={async (draft: ClientDraft) => {
        const existing = draft.id ? clients.find((c) => c.id === draft.id) : undefined;
        const result = await api.save('clients', { archived: existing?.archived ?? false, ...draft });
        return result.ok ? null : result.problems;
      }}
      onArchive={(client, archived) => void api.save('clients', { ...client, archived })}
      onSaveContract={async (draft: ContractDraft) => {
        const result = await api.save('contracts', draftToContract(draft) as never);
        return result.ok ? null : result.problems;
      }}
      onDeleteContract={(contract) => void api.remove('contracts', contract.id)}
    />
  );
}
