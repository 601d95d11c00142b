import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import type { Template } from '@/utils/model/template';
import { availableLanguages } from '@/utils/templates/language';
import { normalizeForSearch } from '@/utils/templates/normalize';
import { useI18n } from '../i18n';
import { TemplateForm, languageName, type ClientChoice, type TemplateFormValues } from './TemplatesForm';
import { TemplatesTransfer, type TemplatesTransferProps } from './TemplatesTransfer';

export interface TemplatesSectionProps extends TemplatesTransferProps {
  templates: Template[];
  /** Every client a template may be scoped to, named in the UI language, with its contracted languages. */
  clients: ClientChoice[];
  onSave: (values: TemplateFormValues) => Promise<Problem[] | null>;
  onDelete: (template: Template) => void;
  confirm: (question: string) => boolean;
  /** A teammate's template a plain member may not change: shown without Edit and Delete. */
  readOnly?: (template: Template) => boolean;
}

const newTemplate: TemplateFormValues = {
  title: '',
  bodies: {},
  clientId: null,
  platforms: ['facebook', 'instagram', 'x'],
  tags: '',
};

function toValues(template: Template): TemplateFormValues {
  return {
    id: template.id,
    baseRevision: template.revision,
    title: template.title,
    bodies: template.bodies,
    clientId: template.clientId,
    platforms: template.platforms,
    tags: template.tags.join(', '),
  };
}

export function TemplatesSection(props: TemplatesSectionProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const scopeName = (template: Template) =>
    template.clientId === null
      ? t('templates.scopeAll')
      : (props.clients.find((c) => c.id === template.clientId)?.name ?? '');
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  const wanted = normalizeForSearch(filter);
  const visible = props.templates.filter(
    (template) =>
      wanted === '' ||
      normalizeForSearch(
        [template.title, scopeName(template), ...template.tags, ...Object.values(template.bodies)].join(' '),
      ).includes(wanted),
  );

  return (
    <section aria-labelledby="section-title" class="templates">
      <p>{t('templates.intro')}</p>
      <details>
        <summary>{t('templates.add')}</summary>
        <TemplateForm initial={newTemplate} clients={props.clients} onSave={props.onSave} />
      </details>

      <h3>{t('templates.saved')}</h3>
      <p class="stack">
        <label for="templates-filter">{t('templates.filter')}</label>
        <input
          id="templates-filter"
          type="search"
          dir="auto"
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </p>
      {props.templates.length === 0 ? (
        <p class="muted">{t('templates.empty')}</p>
      ) : (
        visible.length === 0 && <p class="muted">{t('templatesNone')}</p>
      )}
      <ul class="client-list" aria-label={t('templates.saved')}>
        {visible.map((template) => {
          const languages = availableLanguages(template.bodies).map((tag) => languageName(tag, locale));
          return (
            <li key={template.id} class="client-card" style={{ borderInlineStartWidth: '1px' }}>
              <h4>
                <bdi>{template.title}</bdi>
              </h4>
              <p>
                {t('templates.scope')}: <bdi>{scopeName(template)}</bdi>
                {' · '}
                {t('templates.languages')}: {languages.length > 0 ? list.format(languages) : t('templates.noLanguages')}
                {' · '}
                {list.format(template.platforms.map((p) => t(`platform.${p}`)))}
              </p>
              <p>
                {template.tags.length > 0 && (
                  <>
                    {t('templates.tagsShort')}: <bdi>{template.tags.join(', ')}</bdi>
                    {' · '}
                  </>
                )}
                {t('templates.uses', { count: template.usageCount })}
              </p>
              {!props.readOnly?.(template) && (
                <p class="row">
                  <button
                    type="button"
                    aria-expanded={editing === template.id}
                    onClick={() => setEditing(editing === template.id ? null : template.id)}
                  >
                    {`${t('edit')}: ${template.title}`}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      if (props.confirm(t('templates.deleteConfirm', { title: template.title })))
                        props.onDelete(template);
                    }}
                  >
                    {`${t('delete')}: ${template.title}`}
                  </button>
                </p>
              )}
              {editing === template.id && (
                <TemplateForm
                  initial={toValues(template)}
                  clients={props.clients}
                  onSave={async (values) => {
                    const refused = await props.onSave(values);
                    if (!refused) setEditing(null);
                    return refused;
                  }}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>

      <TemplatesTransfer onExport={props.onExport} onImport={props.onImport} />
    </section>
  );
}
