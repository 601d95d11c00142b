import { z } from 'zod';
import { instant, platform, recordFields, recordId } from './record';

/** One insertion of a template into a site's reply box: what the monthly report counts per client and platform. */
export const templateUse = z.object({
  ...recordFields,
  templateId: recordId,
  /** The client whose page the reply was written on; null on an untagged page. */
  clientId: recordId.nullable().default(null),
  platform,
  language: z.string().min(2).max(35),
  usedAt: instant,
});

export type TemplateUse = z.infer<typeof templateUse>;
