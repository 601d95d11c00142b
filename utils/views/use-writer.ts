import { useEffect, useState } from 'preact/hooks';
import { api } from '../messages';
import { changesItem } from '../storage-items';
import type { Writer } from '../sync/permissions';

const nobody: Writer = { me: null, roles: new Map() };

/** Who is signed in and their roles, for hiding what mayChange would refuse; re-read after every change. */
export function useWriter(): Writer {
  const [writer, setWriter] = useState<Writer>(nobody);
  useEffect(() => {
    const load = async () => {
      const [roles, members] = await Promise.all([api.teamRoles(), api.teamMembers()]);
      if (!roles.ok || !members.ok) return;
      setWriter({
        me: members.value.me?.id ?? null,
        roles: new Map(roles.value.map((team) => [team.teamId, team.role])),
      });
    };
    void load();
    return changesItem.watch(() => void load());
  }, []);
  return writer;
}
