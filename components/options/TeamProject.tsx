import { useState } from 'preact/hooks';
import type { SyncConfig } from '@/utils/sync/status';
import { ProblemList } from '../problems';
import { InlineConfirm, useAction, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export interface TeamProjectProps {
  config: SyncConfig | null;
  /** What the fields start with while no project is saved (a developer's `.env`). */
  suggested?: SyncConfig | null;
  /** The page asks the browser for the project's origin first; a refusal comes back as `permissionDenied`. */
  onSave: (config: SyncConfig) => Refusal;
  onForget: () => Refusal;
}

/** The team's Supabase project: typed by the user, never shipped with Wasla. */
export function TeamProject({ config, suggested = null, onSave, onForget }: TeamProjectProps) {
  const { t } = useI18n();
  const [url, setUrl] = useState(config?.url ?? suggested?.url ?? '');
  const [anonKey, setAnonKey] = useState(config?.anonKey ?? suggested?.anonKey ?? '');
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const save = useAction(onSave);
  const forget = useAction(onForget);

  return (
    <>
      <p id="team-project-hint" class="muted">
        {t('team.projectHint')}
      </p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          // No await before the request: the page's permission prompt must stay inside this click.
          void save.run({ url: url.trim(), anonKey: anonKey.trim() }).then((refused) => setSaved(refused === null));
        }}
      >
        <label for="team-project-url">{t('team.projectUrl')}</label>
        <input
          id="team-project-url"
          type="url"
          dir="ltr"
          autocomplete="off"
          spellcheck={false}
          placeholder="https://abcd.supabase.co"
          aria-describedby="team-project-hint"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <label for="team-project-key">{t('team.anonKey')}</label>
        <input
          id="team-project-key"
          dir="ltr"
          autocomplete="off"
          spellcheck={false}
          value={anonKey}
          onInput={(e) => setAnonKey(e.currentTarget.value)}
        />
        <p class="row">
          <button type="submit">{t('team.saveProject')}</button>
          {config && !confirming && (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('team.forgetProject')}
            </button>
          )}
        </p>
        <p role="status">{saved && save.problems.length === 0 ? t('team.projectSaved') : ''}</p>
        <ProblemList problems={save.problems} />
      </form>
      {config && confirming && (
        <InlineConfirm
          question={t('team.forgetConfirm')}
          confirm={t('team.forgetYes')}
          onConfirm={() => {
            setConfirming(false);
            setSaved(false);
            void forget.run().then((refused) => {
              if (refused === null) {
                setUrl('');
                setAnonKey('');
              }
            });
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      <ProblemList problems={forget.problems} />
    </>
  );
}
