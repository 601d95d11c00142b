import type { z } from 'zod';
import { client } from './client';
import { contract } from './contract';
import { followerSnapshot } from './follower-snapshot';
import { postLabel } from './post-label';
import { socialAccount } from './social-account';
import { template } from './template';
import { templateUse } from './template-use';
import { timeEntry } from './time-entry';

/** Every kind of record Wasla keeps, by the name of its store (IndexedDB, backup file, and later the server). */
export const recordSchemas = {
  clients: client,
  contracts: contract,
  accounts: socialAccount,
  templates: template,
  entries: timeEntry,
  labels: postLabel,
  snapshots: followerSnapshot,
  uses: templateUse,
} as const;

export type StoreName = keyof typeof recordSchemas;
export type RecordOf<S extends StoreName> = z.infer<(typeof recordSchemas)[S]>;
export const storeNames = Object.keys(recordSchemas) as StoreName[];
