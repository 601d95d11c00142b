import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '@/utils/model/template';
import type { ReplyPreview } from '@/utils/templates/preview';
import { useI18n } from '../i18n';

export interface TemplatePickerProps {
  templates: Template[];
  query: string;
  /** A search for `query` is under way: Enter waits for its result rather than insert from the previous list. */
  pending?: boolean;
  onQuery: (query: string) => void;
  preview: (template: Template, language: string | null) => ReplyPreview;
  /** Resolves with a status to announce (inserted, no composer, …). */
  onInsert: (template: Template, preview: ReplyPreview) => Promise<string>;
  /** Esc: leave the search without inserting (the sidebar hands focus back to the reply box). */
  onEscape?: () => void;
}

/**
 * Search and insert reply templates. Every template is a button whose accessible name starts with its title.
 * Keyboard: ↑/↓ move, Enter inserts, Esc clears the search and leaves it, Alt+L switches the language of the
 * active one. Typing then Enter at once inserts the first template the typed search finds, not the one highlighted
 * before its results came in.
 */
export function TemplatePicker({
  templates,
  query,
  pending = false,
  onQuery,
  preview,
  onInsert,
  onEscape,
}: TemplatePickerProps) {
  const { t, locale } = useI18n();
  const [active, setActive] = useState(0);
  const [language, setLanguage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [confirmOver, setConfirmOver] = useState<string | null>(null);
  const [enterWaiting, setEnterWaiting] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    setActive(0);
    setLanguage(null);
  }, [templates]);

  const current = templates[Math.min(active, templates.length - 1)];
  const shown = current ? preview(current, language) : null;
  const languages = current ? Object.keys(current.bodies).filter((tag) => current.bodies[tag]!.trim()) : [];
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });

  const insert = async (template: Template) => {
    const rendered = preview(template, template.id === current?.id ? language : null);
    if (rendered.unresolved.length > 0)
      return setStatus(t('templateUnresolved', { names: rendered.unresolved.map((n) => `{{${n}}}`).join(' ') }));
    if (rendered.over && confirmOver !== template.id) {
      setConfirmOver(template.id);
      return setStatus(t('templateOverLimit', { used: rendered.used, limit: rendered.limit }));
    }
    setConfirmOver(null);
    setStatus(await onInsert(template, rendered));
  };

  useEffect(() => {
    if (!enterWaiting || pending) return;
    setEnterWaiting(false);
    if (templates[0]) void insert(templates[0]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fires when a waiting Enter meets a settled search; insert is a new closure every render
  }, [enterWaiting, pending, templates]);

  const switchLanguage = () => {
    if (!shown || languages.length < 2) return;
    setLanguage(languages[(languages.indexOf(shown.language) + 1) % languages.length]!);
  };

  return (
    <section class="wasla-templates" aria-labelledby="wasla-templates-title">
      <h3 id="wasla-templates-title">{t('templatesTitle')}</h3>
      <label for="wasla-template-search">{t('templateSearch')}</label>
      <input
        id="wasla-template-search"
        type="search"
        value={query}
        // Only while the list is there: a reference to a missing id is invalid ARIA (axe aria-valid-attr-value).
        aria-controls={templates.length > 0 ? 'wasla-template-list' : undefined}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((index) => (templates.length ? (index + step + templates.length) % templates.length : 0));
            setLanguage(null);
          } else if (event.key === 'Enter' && pending) {
            event.preventDefault();
            setEnterWaiting(true);
          } else if (event.key === 'Enter' && current) {
            event.preventDefault();
            void insert(current);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onQuery('');
            onEscape?.();
          } else if (event.altKey && event.code === 'KeyL') {
            event.preventDefault();
            switchLanguage();
          }
        }}
      />
      {templates.length === 0 ? (
        <p class="wasla-muted">{t('templatesNone')}</p>
      ) : (
        <ul id="wasla-template-list" class="wasla-template-list" ref={list}>
          {templates.map((template, index) => (
            <li key={template.id}>
              <button
                type="button"
                class={index === active ? 'wasla-template wasla-active' : 'wasla-template'}
                aria-current={index === active ? 'true' : undefined}
                onFocus={() => setActive(index)}
                onClick={() => void insert(template)}
              >
                <span class="wasla-template-title">
                  <bdi>{template.title}</bdi>
                </span>
                {template.clientId === null && <span class="wasla-chip">{t('templateGlobal')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <div class="wasla-preview" aria-label={t('templatePreview')} role="group">
          <p class="wasla-row">
            <span>{languageNames.of(shown.language) ?? shown.language}</span>
            {languages.length > 1 && (
              <button type="button" onClick={switchLanguage} aria-keyshortcuts="Alt+L">
                {t('templateSwitchLanguage')}
              </button>
            )}
            <span class={shown.over ? 'wasla-over' : 'wasla-muted'}>
              {t('templateLength', { used: shown.used, limit: shown.limit })}
            </span>
          </p>
          <p class="wasla-preview-text" dir="auto">
            {shown.text}
          </p>
        </div>
      )}
      <p role="status" class="wasla-status">
        {status}
      </p>
    </section>
  );
}
