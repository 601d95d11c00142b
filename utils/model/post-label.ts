import { z } from 'zod';
import { platform, recordFields, recordId } from './record';

export const postLabel = z.object({
  ...recordFields,
  clientId: recordId,
  platform,
  postUrl: z.url({ protocol: /^https$/ }),
  excerpt: z.string().max(500).default(''),
  /** One of `builtInLabels` (names.ts) or the user's own word. */
  label: z.string().trim().min(1).max(60),
  note: z.string().max(2000).default(''),
});

export type PostLabel = z.infer<typeof postLabel>;
