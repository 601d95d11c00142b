import { z } from 'zod';
import { platform, recordFields, recordId } from './record';

/**
 * A page or profile on one network, tagged to a client. `key` is the stable id where the page exposes one
 * (Facebook's numeric id), otherwise the lower-cased handle: the same account always yields the same key.
 */
export const socialAccount = z.object({
  ...recordFields,
  platform,
  key: z.string().min(1).max(200),
  handle: z.string().max(200).default(''),
  displayName: z.string().max(300).default(''),
  clientId: recordId,
});

export type SocialAccount = z.infer<typeof socialAccount>;
