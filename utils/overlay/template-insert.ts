import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectEditor, insertText } from '../editors';
import { clientDisplayName } from '../model/names';
import type { Client } from '../model/client';
import type { Platform } from '../model/record';
import type { Template } from '../model/template';
import type { SiteAdapter } from '../sites/types';
import { availableLanguages, chooseLanguage } from '../templates/language';
import { measureWith, type LengthCounter } from '../templates/length';
import type { ReplyPreview } from '../templates/preview';
import { formatTemplateDate, renderTemplate } from '../templates/render';


export interface TemplateContext {
  client: Client | null;
  clientLanguages: string[];
  agentName: string;
  /** The team's zone for {{date}}; '' means the browser's. */
  timeZone: string;
}

/**
 * Remembers the reply box the user last focused on the page (the sidebar's buttons take focus away from it),
 * and renders and inserts templates there with the page's own context: who is being answered, in which language.
 */
export function templateInserter(ctx: ContentScriptContext, adapter: SiteAdapter, platform: Platform, countLength: LengthCounter) {
  let lastComposer: HTMLElement | null = null;
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && !target.closest('wasla-sidebar') && detectEditor(target)) lastComposer = target;
    },
    { capture: true },
  );

  const composer = (): HTMLElement | null => (lastComposer?.isConnected ? lastComposer : adapter.findComposer(document));

  const render = (template: Template, language: string | null, context: TemplateContext): ReplyPreview => {
    const box = composer();
    const answering = box ? adapter.replyTarget(box, document) : null;
    const available = availableLanguages(template.bodies);
    const chosen = language ?? chooseLanguage({ commentText: answering?.text, available, clientLanguages: context.clientLanguages });
    const uiLanguage = chosen.startsWith('ar') ? 'ar' : 'en';
    const rendered = renderTemplate(template.bodies[chosen] ?? '', {
      customer: answering?.authorName || undefined,
      client: context.client ? clientDisplayName(context.client, uiLanguage) : undefined,
      agent: context.agentName || undefined,
      date: formatTemplateDate(new Date(), chosen, context.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone),
    });
    return { language: chosen, ...rendered, ...measureWith(countLength, rendered.text, platform) };
  };

  const insert = async (text: string) => {
    const box = composer();
    if (!box) return { ok: false as const, reason: 'noComposer' as const };
    const result = await insertText(box, text);
    return result.ok ? { ok: true as const } : { ok: false as const, reason: result.reason };
  };

  /** The text now in the reply box, as its editor shows it (textarea value, or the editable's rendered text). */
  const composerText = (): string => {
    const box = composer();
    if (!box) return '';
    const editable = box instanceof HTMLTextAreaElement ? box : (box.closest('[contenteditable="true"]') ?? box.querySelector('[contenteditable="true"]') ?? box);
    return (editable instanceof HTMLTextAreaElement ? editable.value : (editable as HTMLElement).innerText).replace(/\n$/, '');
  };

  return { render, insert, composerText };
}
