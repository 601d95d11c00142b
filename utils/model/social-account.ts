import { z } from 'zod';
import { platform, recordFields, recordId } from './record';

/** The longest page name kept (the server's `social_accounts.display_name` check says the same). */
export const maxDisplayName = 300;

/**
 * A page's name as kept and shown: whitespace runs collapsed, and a name over `max` characters cut at a
 * whole character (an emoji or a letter with its marks is never split) and ended with "…". Pages do carry
 * such names (a slogan, a list of branches); the page is still found by its key, never by its name.
 */
export function shortenName(name: string, max = maxDisplayName): string {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (kept.length + segment.length > max - 1) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * A page or profile on one network, tagged to a client. `key` is the stable id where the page exposes one
 * (Facebook's numeric id), otherwise the lower-cased handle: the same account always yields the same key.
 */
export const socialAccount = z.object({
  ...recordFields,
  platform,
  key: z.string().min(1).max(200),
  handle: z.string().max(200).default(''),
  displayName: z
    .string()
    .transform((name) => shortenName(name))
    .default(''),
  clientId: recordId,
});

export type SocialAccount = z.infer<typeof socialAccount>;
