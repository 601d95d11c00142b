import { clientDisplayName } from '../model/names';
import type { Client } from '../model/client';
import type { Platform } from '../model/record';
import type { Template } from '../model/template';
import { availableLanguages, chooseLanguage } from '../templates/language';
import { codePointLength, measureWith } from '../templates/length';
import type { ReplyPreview } from '../templates/preview';
import { formatTemplateDate, renderTemplate } from '../templates/render';
import { xWeightedLength } from '../templates/x-count';
import type { ReplyingTo } from './port';

export interface ReplyContext {
  platform: Platform;
  /** The comment (or post) the reply box answers: `{{customer}}` and the reply language. */
  replyingTo: ReplyingTo | null;
  client: Client | null;
  clientLanguages: string[];
  agentName: string;
  /** The team's zone for {{date}}; '' means the browser's. */
  timeZone: string;
  now: Date;
}

/**
 * A template as it would go into the reply box: in the answered comment's language (else the contract's first),
 * with `{{customer}}` its author, measured the way the site counts (X weights characters, the others count code
 * points). `language` forces one of the template's languages.
 */
export function renderReply(template: Template, language: string | null, context: ReplyContext): ReplyPreview {
  const available = availableLanguages(template.bodies);
  const chosen =
    language ??
    chooseLanguage({ commentText: context.replyingTo?.text, available, clientLanguages: context.clientLanguages });
  const uiLanguage = chosen.startsWith('ar') ? 'ar' : 'en';
  const rendered = renderTemplate(template.bodies[chosen] ?? '', {
    customer: context.replyingTo?.authorName || undefined,
    client: context.client ? clientDisplayName(context.client, uiLanguage) : undefined,
    agent: context.agentName || undefined,
    date: formatTemplateDate(context.now, chosen, context.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone),
  });
  const count = context.platform === 'x' ? xWeightedLength : codePointLength;
  return { language: chosen, ...rendered, ...measureWith(count, rendered.text, context.platform) };
}
