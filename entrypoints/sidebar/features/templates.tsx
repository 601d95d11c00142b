import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { SaveAsTemplate } from '@/components/sidebar/SaveAsTemplate';
import { TemplatePicker } from '@/components/sidebar/TemplatePicker';
import { overlayApi as api } from '@/utils/messages';
import type { Template } from '@/utils/model/template';
import { renderReply } from '@/utils/overlay/render-reply';
import { detectLanguage } from '@/utils/text/language';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/** As many from the frame's index as from the background's (both asked for the same number). */
const searchLimit = 30;

/**
 * Search the templates (the client's and everyone's, for this site), preview one as it would go into the reply
 * box, insert it through the page agent (the editor's own input path), and save the reply box's text as a template.
 */
/**
 * The frame's own search index (utils/templates/local-search.ts, with MiniSearch) loads after the sidebar's first
 * frame: naming the account comes first (sidebar-first-frame bench), the index is built in idle time anyway.
 */
let frameSearch: typeof import('../template-search') | undefined;

function followTemplates(templatesChanged: number, changedIds: readonly string[] | null): void {
  if (frameSearch) frameSearch.followTemplates(templatesChanged, changedIds);
  else
    void import('../template-search').then((loaded) => {
      frameSearch = loaded;
      loaded.followTemplates(templatesChanged, changedIds);
    });
}

function Templates() {
  const { t } = useI18n();
  const { facts, info, link, agentName, timeZone, templatesChanged, takeTemplateChanges } = useSidebar();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Template[]>([]);
  // The query `found` answers: while it is not the typed one, Enter waits for the search (derived from the query
  // itself, so it holds from the very render the key was typed in).
  const [answered, setAnswered] = useState<string | null>(null);
  const request = useRef(0);
  const clientId = info?.client?.id ?? null;

  // Declared first, so a change announced in this render marks the frame's index stale before the search below.
  useEffect(
    () => followTemplates(templatesChanged, takeTemplateChanges()),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- takeTemplateChanges lives as long as the frame
    [templatesChanged],
  );

  useEffect(() => {
    const mine = ++request.current;
    // The frame's own index answers without waking the worker; until it is built (or while a change is being
    // indexed) the background answers, as the same ranking code runs there.
    const local =
      frameSearch?.frameTemplateSearch.search(query, { clientId, platform: facts.platform, limit: searchLimit }) ??
      null;
    if (local) {
      setFound(local);
      setAnswered(query);
      return;
    }
    void api.searchTemplates({ query, clientId, platform: facts.platform, limit: searchLimit }).then((result) => {
      if (mine !== request.current) return; // a newer search replaced this one
      if (result.ok) setFound(result.value);
      setAnswered(query);
    });
  }, [query, clientId, facts.platform, templatesChanged]);

  const context = () => ({
    platform: facts.platform,
    replyingTo: facts.replyingTo,
    client: info?.client ?? null,
    clientLanguages: info?.contract?.languages ?? [],
    agentName,
    timeZone,
    now: new Date(),
  });

  return (
    <>
      <TemplatePicker
        templates={found}
        query={query}
        pending={answered !== query}
        onQuery={setQuery}
        preview={(template, language) => renderReply(template, language, context())}
        onInsert={async (template, shown) => {
          let rendering = shown;
          let inserted = await link.insert(rendering.text, facts.replyingTo);
          if (!inserted.ok && inserted.reason === 'answersOther' && 'replyingTo' in inserted) {
            // Rendered for whom the box answered a moment ago: render again for whom it answers now, keeping a
            // language the user chose (one that is not what the old context would pick by itself).
            const chosen =
              renderReply(template, null, context()).language === rendering.language ? null : rendering.language;
            rendering = renderReply(template, chosen, { ...context(), replyingTo: inserted.replyingTo });
            if (rendering.unresolved.length > 0) return t('templateNotApplied');
            inserted = await link.insert(rendering.text, inserted.replyingTo);
          }
          if (!inserted.ok)
            return inserted.reason === 'noComposer'
              ? t('templateNoComposer')
              : inserted.reason === 'disconnected'
                ? t('templateLinkLost')
                : t('templateNotApplied');
          void api.recordTemplateUse({
            templateId: template.id,
            clientId,
            platform: facts.platform,
            language: rendering.language,
          });
          return t('templateInserted');
        }}
        onEscape={() => {
          setQuery('');
          link.returnFocus();
        }}
      />
      <SaveAsTemplate
        onSave={async (title) => {
          const text = await link.composerText();
          if (!text.trim()) return [{ code: 'templateBody', path: '' }];
          const detected = detectLanguage(text);
          const language = detected !== 'other' ? detected : (info?.contract?.languages[0] ?? 'en');
          const saved = await api.save('templates', {
            title,
            bodies: { [language]: text },
            clientId,
            platforms: [facts.platform],
            tags: [],
            usageCount: 0,
          });
          return saved.ok ? null : saved.problems;
        }}
      />
    </>
  );
}

export const templates: SidebarFeature = { id: 'templates', needs: 'info', View: Templates };
