// What the sidebar shows about the account open in a tab: its tag, its client's contract at a glance,
// recent labels and follower change. Computed here so content scripts carry no time maths or database code.
import type { Database } from '@/utils/db/open';
import { listRecords } from '@/utils/db/records';
import { writeRecord } from '@/utils/db/outbox';
import { currentTimer, entriesInRange } from '@/utils/db/timer';
import type { Client, Contract, Platform, PostLabel, SocialAccount } from '@/utils/model';
import type { PageInfo } from '@/utils/messages';
import { settingsItem } from '@/utils/storage-items';
import { totalsByClient } from '@/utils/time/split';
import { toInstant } from '@/utils/time/instant';
import { contractInForce } from '@/utils/time/working-days';
import { dayKey, dayRange, monthKey, monthRange, resolveTimeZone } from '@/utils/time/zone';

const dayMs = 86_400_000;

/**
 * The tagged account for a page. Its key is the stable id where the page shows one, else the handle; the same
 * Facebook Page can be seen both ways (its profile shows the id, a post under its vanity URL only the handle),
 * so a page that offers a handle also matches an account tagged under that handle.
 */
export async function findAccount(
  db: Database,
  platform: Platform,
  key: string,
  handle = '',
): Promise<SocialAccount | null> {
  const matches = await db.getAllFromIndex('accounts', 'by-platform-key', [platform, key]);
  const exact = matches.find((account) => account.deletedAt === null);
  if (exact || !handle) return exact ?? null;
  const wanted = handle.toLowerCase();
  const sameSite = await db.getAllFromIndex(
    'accounts',
    'by-platform-key',
    IDBKeyRange.bound([platform, ''], [platform, '\uffff']),
  );
  return (
    sameSite.find(
      (account) => account.deletedAt === null && (account.handle.toLowerCase() === wanted || account.key === wanted),
    ) ?? null
  );
}

async function followerChange(db: Database, accountId: string, nowMs: number): Promise<PageInfo['followers']> {
  const since = toInstant(nowMs - 30 * dayMs);
  const snapshots = await db.getAllFromIndex(
    'snapshots',
    'by-account-taken',
    IDBKeyRange.bound([accountId, since], [accountId, '\uffff']),
  );
  const live = snapshots.filter((s) => s.deletedAt === null);
  if (live.length === 0) return null;
  const first = live[0]!;
  const last = live[live.length - 1]!;
  return { count: last.count, change: last.count - first.count, sinceDay: first.takenAt.slice(0, 10) };
}

export async function pageInfo(
  db: Database,
  platform: Platform,
  key: string | null,
  handle = '',
  nowMs = Date.now(),
): Promise<PageInfo> {
  const clients = (await listRecords(db, 'clients')).filter((c) => !c.archived);
  const timer = await currentTimer(db);
  const account = key ? await findAccount(db, platform, key, handle) : null;
  const client: Client | null = account ? (clients.find((c) => c.id === account.clientId) ?? null) : null;
  if (!account || !client)
    return {
      account: null,
      client: null,
      clients,
      contract: null,
      monthMs: 0,
      todayMs: 0,
      labels: [],
      followers: null,
      timer,
    };

  const timeZone = resolveTimeZone((await settingsItem.getValue()).timeZone);
  const today = dayKey(nowMs, timeZone);
  const month = monthRange(monthKey(nowMs, timeZone), timeZone);
  const contracts = (await db.getAllFromIndex('contracts', 'by-client', client.id)).filter((c) => c.deletedAt === null);
  const contract: Contract | null = contractInForce(contracts, today);
  const entries = (await entriesInRange(db, toInstant(month.startMs), toInstant(month.endMs))).filter(
    (e) => e.clientId === client.id,
  );
  const monthMs = totalsByClient(entries, month, nowMs)[client.id] ?? 0;
  const todayMs = totalsByClient(entries, dayRange(today, timeZone), nowMs)[client.id] ?? 0;
  const labels: PostLabel[] = (
    await db.getAllFromIndex('labels', 'by-client-created', IDBKeyRange.bound([client.id, ''], [client.id, '\uffff']))
  )
    .filter((l) => l.deletedAt === null)
    .reverse()
    .slice(0, 10);
  return {
    account,
    client,
    clients,
    contract,
    monthMs,
    todayMs,
    labels,
    followers: await followerChange(db, account.id, nowMs),
    timer,
  };
}

/** The account record a tag saves: one live record per (platform, key), so re-tagging moves it to another client. */
export async function accountDraft(
  db: Database,
  request: { platform: Platform; key: string; handle: string; displayName: string; clientId: string },
): Promise<Record<string, unknown>> {
  const existing = await findAccount(db, request.platform, request.key, request.handle);
  return { ...(existing ? { id: existing.id } : {}), ...request };
}

/** Keeps at most one follower snapshot per account per day (the day in the team's time zone); the latest wins. */
export async function recordFollowers(
  db: Database,
  accountId: string,
  count: number,
  nowMs = Date.now(),
): Promise<void> {
  const timeZone = resolveTimeZone((await settingsItem.getValue()).timeZone);
  const today = dayRange(dayKey(nowMs, timeZone), timeZone);
  const tx = db.transaction(['snapshots', 'accounts', 'outbox'], 'readwrite');
  const todays = await tx
    .objectStore('snapshots')
    .index('by-account-taken')
    .getAll(IDBKeyRange.bound([accountId, toInstant(today.startMs)], [accountId, toInstant(today.endMs)], false, true));
  const stamp = toInstant(nowMs);
  const existing = todays.find((s) => s.deletedAt === null);
  if (existing?.count === count) return tx.done;
  const teamId = (await tx.objectStore('accounts').get(accountId))?.teamId ?? null;
  await writeRecord(
    tx,
    'snapshots',
    existing
      ? { ...existing, count, takenAt: stamp, updatedAt: stamp }
      : {
          id: crypto.randomUUID(),
          accountId,
          count,
          takenAt: stamp,
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
          teamId,
          revision: 0,
          createdBy: null,
        },
    existing,
  );
  return tx.done;
}
