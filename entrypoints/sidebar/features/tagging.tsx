import { ClientTag } from '@/components/sidebar/ClientTag';
import { overlayApi as api } from '@/utils/messages';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/** Links the open account to a client, or creates the client on the spot. */
function Tagging() {
  const { facts, info } = useSidebar();
  const account = facts.account!;
  const tag = async (clientId: string) => {
    const result = await api.tagAccount({
      platform: facts.platform,
      key: account.key,
      handle: account.handle,
      displayName: account.displayName,
      clientId,
    });
    return result.ok ? null : result.problems;
  };
  return (
    <ClientTag
      client={info!.client}
      clients={info!.clients}
      onTag={tag}
      onCreateAndTag={async (names) => {
        const created = await api.save('clients', { ...names, color: '#0f766e', notes: '', archived: false });
        return created.ok ? tag(created.value.id) : created.problems;
      }}
      onUntag={() => {
        if (info?.account) void api.remove('accounts', info.account.id);
      }}
    />
  );
}

export const tagging: SidebarFeature = { id: 'tagging', needs: 'info', View: Tagging };
