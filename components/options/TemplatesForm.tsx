import type { Problem } from '@/utils/model/problem';
import { useDraftForm } from '../use-draft-form';
import type { Platform } from '@/utils/model/record';
import { missingLanguages } from '@/utils/templates/language';
import { measure } from '@/utils/templates/limits';
import { templateVariables } from '@/utils/templates/render';
import { FormFooter } from '../FormFooter';
import { useI18n } from '../i18n';

/** A template as typed: tags as one text until saved. */
export interface TemplateFormValues {
  id?: string;
  baseRevision?: number;
  title: string;
  bodies: Record<string, string>;
  clientId: string | null;
  platforms: Platform[];
  tags: string;
}

export interface ClientChoice {
  id: string;
  name: string;
  /** The languages the client's contracts list (BCP-47 tags), most important first. */
  languages: string[];
}

export interface TemplateFormProps {
  initial: TemplateFormValues;
  clients: ClientChoice[];
  onSave: (values: TemplateFormValues) => Promise<Problem[] | null>;
  onCancel?: () => void;
}

const allPlatforms: Platform[] = ['facebook', 'instagram', 'x'];

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The languages the form offers a reply box for: Arabic and English always, then any language the template
 * already has, then the client's contracted languages not already served by one with the same primary
 * subtag (a contract's `ar-EG` is answered by the `ar` reply, as the sidebar's language choice does).
 */
export function offeredLanguages(
  bodies: Readonly<Record<string, string>>,
  clientLanguages: readonly string[],
): string[] {
  const offered = ['ar', 'en'];
  for (const tag of Object.keys(bodies)) {
    if (!offered.some((o) => o.toLowerCase() === tag.toLowerCase())) offered.push(tag);
  }
  for (const tag of clientLanguages) {
    if (!offered.some((o) => primary(o) === primary(tag))) offered.push(tag);
  }
  return offered;
}

/** A language tag named in the UI language (`fr` → "French" / "الفرنسية"); the tag itself if Intl cannot. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function TemplateForm({ initial, clients, onSave, onCancel }: TemplateFormProps) {
  const { t, locale } = useI18n();
  const { value: values, set, problems, submit } = useDraftForm(initial, onSave);
  const prefix = `template-${initial.id ?? 'new'}`;
  const client = clients.find((c) => c.id === values.clientId);
  const clientLanguages = client?.languages ?? [];
  // A reply already typed keeps its box when the scope changes, so nothing saved is ever hidden.
  const typed = Object.fromEntries(Object.entries(values.bodies).filter(([, body]) => body.trim() !== ''));
  const languages = offeredLanguages({ ...initial.bodies, ...typed }, clientLanguages);
  const missing = client ? missingLanguages(values.bodies, clientLanguages) : [];
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  // Isolated left-to-right (LRI … PDI) so the braces do not scramble inside an Arabic sentence.
  const variables = `\u2066${templateVariables.map((name) => `{{${name}}}`).join(' ')}\u2069`;

  return (
    <form class="stack" aria-label={initial.id ? t('templates.edit') : t('templates.add')} onSubmit={submit}>
      <label for={`${prefix}-title`}>{t('templates.title')}</label>
      <input
        id={`${prefix}-title`}
        dir="auto"
        value={values.title}
        maxLength={200}
        onInput={(e) => set({ title: e.currentTarget.value })}
      />

      <label for={`${prefix}-scope`}>{t('templates.scope')}</label>
      <select
        id={`${prefix}-scope`}
        value={values.clientId ?? ''}
        onChange={(e) => set({ clientId: e.currentTarget.value || null })}
      >
        <option value="">{t('templates.scopeAll')}</option>
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>{t('templates.platforms')}</legend>
        {allPlatforms.map((platform) => (
          <label key={platform} class="inline">
            <input
              type="checkbox"
              checked={values.platforms.includes(platform)}
              onChange={(e) =>
                set({
                  platforms: e.currentTarget.checked
                    ? allPlatforms.filter((p) => p === platform || values.platforms.includes(p))
                    : values.platforms.filter((p) => p !== platform),
                })
              }
            />
            {t(`platform.${platform}`)}
          </label>
        ))}
      </fieldset>

      <label for={`${prefix}-tags`}>{t('templates.tags')}</label>
      <input
        id={`${prefix}-tags`}
        dir="auto"
        value={values.tags}
        onInput={(e) => set({ tags: e.currentTarget.value })}
      />

      <fieldset class="stack">
        <legend>{t('templates.bodies')}</legend>
        <p id={`${prefix}-variables`} class="muted">
          {t('templates.variablesHint', { variables })}
        </p>
        {languages.map((tag) => {
          const body = values.bodies[tag] ?? '';
          const id = `${prefix}-body-${tag}`;
          const measures = body.trim()
            ? values.platforms.map((platform) => ({ platform, ...measure(body, platform) }))
            : [];
          return (
            <div key={tag} class="stack">
              <label for={id}>{t('templates.body', { language: languageName(tag, locale) })}</label>
              <textarea
                id={id}
                lang={tag}
                dir="auto"
                rows={3}
                maxLength={10000}
                value={body}
                aria-describedby={`${prefix}-variables ${id}-length`}
                onInput={(e) => set({ bodies: { ...values.bodies, [tag]: e.currentTarget.value } })}
              />
              <p id={`${id}-length`} class="muted">
                {measures
                  .map((m) =>
                    t('templates.length', { platform: t(`platform.${m.platform}`), used: m.used, limit: m.limit }),
                  )
                  .join(' · ')}
              </p>
              <div role="status" class="problems">
                {measures
                  .filter((m) => m.over)
                  .map((m) => (
                    <p key={m.platform}>
                      {t('templates.overLimit', {
                        platform: t(`platform.${m.platform}`),
                        used: m.used,
                        limit: m.limit,
                      })}
                    </p>
                  ))}
              </div>
            </div>
          );
        })}
      </fieldset>

      <div role="status" class="problems">
        {missing.length > 0 && (
          <p>
            {t('templates.missingLanguages', {
              languages: list.format(missing.map((tag) => languageName(tag, locale))),
            })}
          </p>
        )}
      </div>

      <FormFooter problems={problems} onCancel={onCancel} />
    </form>
  );
}
