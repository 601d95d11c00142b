import { z } from 'zod';
import { instant, recordFields, recordId } from './record';

export const followerSnapshot = z.object({
  ...recordFields,
  accountId: recordId,
  count: z.number().int().min(0),
  takenAt: instant,
});

export type FollowerSnapshot = z.infer<typeof followerSnapshot>;
