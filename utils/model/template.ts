import { z } from 'zod';
import { languageTag, platform, platforms, recordFields, recordId } from './record';

export const template = z
  .object({
    ...recordFields,
    title: z.string().trim().min(1).max(200),
    /** One body per language tag, e.g. `{ ar: '…', en: '…' }`. */
    bodies: z.record(languageTag, z.string().max(10000)),
    /** `null` means the template is for all clients. */
    clientId: recordId.nullable().default(null),
    platforms: z
      .array(platform)
      .min(1)
      .default([...platforms]),
    tags: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    usageCount: z.number().int().min(0).default(0),
  })
  .refine((t) => Object.values(t.bodies).some((body) => body.trim().length > 0), {
    message: 'templateBody',
    path: ['bodies'],
  });

export type Template = z.infer<typeof template>;
