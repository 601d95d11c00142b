import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/client';
import { clientDisplayName } from '@/utils/model/names';
import type { Problem } from '@/utils/model/problem';
import { ProblemList } from '../problems';
import { useI18n } from '../i18n';

export interface ClientTagProps {
  client: Client | null;
  clients: Client[];
  onTag: (clientId: string) => Promise<Problem[] | null>;
  onCreateAndTag: (names: { nameAr: string; nameEn: string }) => Promise<Problem[] | null>;
  onUntag: () => void;
}

/** Links the open account to a client: pick one, or create one inline. The tag is what every feature uses. */
export function ClientTag({ client, clients, onTag, onCreateAndTag, onUntag }: ClientTagProps) {
  const { t, locale } = useI18n();
  const [choice, setChoice] = useState('');
  const [creating, setCreating] = useState(false);
  const [names, setNames] = useState({ nameAr: '', nameEn: '' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const report = (refused: Problem[] | null) => {
    setProblems(refused ?? []);
    return !refused;
  };

  if (client) {
    return (
      <section class="wasla-tag" aria-label={t('tagSection')}>
        <p>
          {t('taggedTo')}{' '}
          <strong>
            {/* The client's colour as a swatch, not as the text's colour: a chosen colour can't promise contrast on
                both the light and the dark background. */}
            <span class="wasla-swatch" style={{ background: client.color }} aria-hidden="true" />
            {clientDisplayName(client, locale)}
          </strong>
        </p>
        <button type="button" onClick={onUntag}>
          {t('untagAccount')}
        </button>
      </section>
    );
  }
  const picked = choice || clients[0]?.id || '';
  return (
    <section class="wasla-tag" aria-label={t('tagSection')}>
      {clients.length > 0 && (
        <form
          class="wasla-row"
          onSubmit={async (event) => {
            event.preventDefault();
            if (picked) report(await onTag(picked));
          }}
        >
          <label for="wasla-tag-client">{t('tagClient')}</label>
          <select id="wasla-tag-client" value={picked} onChange={(e) => setChoice(e.currentTarget.value)}>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {clientDisplayName(c, locale)}
              </option>
            ))}
          </select>
          <button type="submit">{t('tagAccount')}</button>
        </form>
      )}
      {creating ? (
        <form
          class="wasla-stack"
          aria-label={t('newClient')}
          onSubmit={async (event) => {
            event.preventDefault();
            if (report(await onCreateAndTag(names))) {
              setCreating(false);
              setNames({ nameAr: '', nameEn: '' });
            }
          }}
        >
          <label>
            {t('clientNameAr')}
            <input
              type="text"
              dir="rtl"
              lang="ar"
              value={names.nameAr}
              onInput={(e) => setNames({ ...names, nameAr: e.currentTarget.value })}
            />
          </label>
          <label>
            {t('clientNameEn')}
            <input
              type="text"
              dir="ltr"
              lang="en"
              value={names.nameEn}
              onInput={(e) => setNames({ ...names, nameEn: e.currentTarget.value })}
            />
          </label>
          <p class="wasla-row">
            <button type="submit">{t('createAndTag')}</button>
            <button type="button" onClick={() => setCreating(false)}>
              {t('cancel')}
            </button>
          </p>
        </form>
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          {t('newClient')}
        </button>
      )}
      <ProblemList problems={problems} />
    </section>
  );
}
