// One record both sides changed: what differs, side by side as text (never as markup: a teammate's title is
// data, not HTML), and the choice. Templates can also be merged by hand; clients and contracts cannot (their
// fields are few and a mix of two contracts is rarely what anyone meant).
import { useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n';
import type { Locale } from '@/utils/i18n/core';
import { clientDisplayName } from '@/utils/model/names';
import type { SyncConflict } from '@/utils/sync/status';
import { ProblemList } from '../problems';
import { languageName } from './TemplatesForm';
import { useAction, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export type ResolveRequest = { key: string; choice: 'mine' | 'theirs' | 'edit'; record?: Record<string, unknown> };

type Fields = Record<string, unknown>;

/** Bookkeeping the background keeps (timestamps, sync fields): never sent back with a merge. */
const bookkeeping = ['createdAt', 'updatedAt', 'deletedAt', 'teamId', 'revision', 'userId'];
/** …nor shown as a difference, like the id and the usage count nobody edits. */
const hiddenFields = new Set<string>(['id', 'usageCount', ...bookkeeping]);

/** A record's shown fields, one level of objects spread out (`bodies.ar`, `bodies.en`). */
export function shownFields(record: Fields | null): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [name, value] of Object.entries(record ?? {})) {
    if (hiddenFields.has(name)) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) fields.set(`${name}.${inner}`, innerValue);
    } else fields.set(name, value);
  }
  return fields;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose values differ, in the order the server's copy lists them, then those only mine has. */
export function differingFields(mine: Fields | null, theirs: Fields): string[] {
  const a = shownFields(mine);
  const b = shownFields(theirs);
  return [...new Set([...b.keys(), ...a.keys()])].filter((name) => !same(a.get(name), b.get(name)));
}

const fieldLabels: Record<string, MessageKey> = {
  nameAr: 'clientNameAr',
  nameEn: 'clientNameEn',
  color: 'clientColor',
  notes: 'clientNotes',
  archived: 'team.archived',
  title: 'templates.title',
  tags: 'templates.tagsShort',
  platforms: 'templates.platforms',
  clientId: 'timerClient',
  startsOn: 'contractStarts',
  endsOn: 'contractEnds',
  monthlyHours: 'contractMonthlyHours',
  minDailyHours: 'contractMinDaily',
  workingDays: 'contractWorkingDays',
  languages: 'contractLanguagesCodes',
  hourlyRate: 'contractRate',
  currency: 'contractCurrency',
};

export interface TeamConflictProps {
  conflict: SyncConflict;
  index: number;
  /** A client's name from its id (contracts and templates point at clients); null when unknown here. */
  clientName: (id: string) => string | null;
  onResolve: (request: ResolveRequest) => Refusal;
}

export function TeamConflict({ conflict, index, clientName, onResolve }: TeamConflictProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const resolve = useAction(onResolve);
  const { mine, theirs, store } = conflict;
  const name = recordName(store, mine ?? theirs, locale, clientName);
  const fields = differingFields(mine, theirs);
  const id = `team-conflict-${index}`;
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });

  const label = (field: string) => {
    if (field.startsWith('bodies.'))
      return t('templates.body', { language: languageName(field.slice('bodies.'.length), locale) });
    const key = fieldLabels[field];
    return key ? t(key) : field;
  };
  const text = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('team.emptyValue');
    if (typeof value === 'boolean') return value ? t('team.yes') : t('team.no');
    if (field === 'clientId' && typeof value === 'string') return clientName(value) ?? value;
    if (field === 'workingDays' && Array.isArray(value))
      return list.format(value.map((day) => weekdayName(Number(day), locale)));
    if (field === 'platforms' && Array.isArray(value))
      return list.format(value.map((p) => t(`platform.${p}` as MessageKey)));
    if (Array.isArray(value)) return list.format(value.map(String));
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const side = (record: Fields | null, title: 'team.mine' | 'team.theirs', sideId: string) => {
    const values = shownFields(record);
    return (
      <section aria-labelledby={sideId} class="conflict-side">
        <h6 id={sideId}>{t(title)}</h6>
        {record === null ? (
          <p>{t('team.mineDeleted')}</p>
        ) : fields.length === 0 ? (
          <p class="muted">{t('team.noDifference')}</p>
        ) : (
          <dl>
            {fields.map((field) => (
              <div key={field}>
                <dt>{label(field)}</dt>
                <dd dir="auto">{text(field, values.get(field))}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    );
  };

  return (
    <article aria-labelledby={id} class="conflict">
      <h5 id={id}>{t('team.conflictOf', { store: t(`team.store.${store}`), name })}</h5>
      <div class="conflict-sides">
        {side(mine, 'team.mine', `${id}-mine`)}
        {side(theirs, 'team.theirs', `${id}-theirs`)}
      </div>
      <p class="row">
        <button type="button" onClick={() => void resolve.run({ key: conflict.key, choice: 'mine' })}>
          {t('team.keepMine')}
        </button>
        <button type="button" onClick={() => void resolve.run({ key: conflict.key, choice: 'theirs' })}>
          {t('team.keepTheirs')}
        </button>
        {store === 'templates' && (
          <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t('edit')}
          </button>
        )}
      </p>
      {editing && store === 'templates' && (
        <TemplateMerge
          id={id}
          name={name}
          mine={mine}
          theirs={theirs}
          onSave={async (record) => {
            const refused = await onResolve({ key: conflict.key, choice: 'edit', record });
            if (!refused) setEditing(false);
            return refused;
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      <ProblemList problems={resolve.problems} />
    </article>
  );
}

function recordName(
  store: SyncConflict['store'],
  record: Fields,
  locale: Locale,
  clientName: (id: string) => string | null,
): string {
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  if (store === 'clients') return clientDisplayName({ nameAr: str(record.nameAr), nameEn: str(record.nameEn) }, locale);
  if (store === 'templates') return str(record.title);
  const client = clientName(str(record.clientId)) ?? '';
  return `${client} ${str(record.startsOn)} – ${str(record.endsOn) || '…'}`.trim();
}

/** Sunday is 0, as the contract's working days count them; 7 January 2024 was a Sunday. */
function weekdayName(day: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

interface TemplateMergeProps {
  id: string;
  name: string;
  mine: Fields | null;
  theirs: Fields;
  onSave: (record: Record<string, unknown>) => Refusal;
  onCancel: () => void;
}

const bodiesOf = (record: Fields | null): Record<string, string> => {
  const bodies = record?.bodies;
  return bodies && typeof bodies === 'object'
    ? Object.fromEntries(Object.entries(bodies).map(([tag, body]) => [tag, String(body ?? '')]))
    : {};
};

/** My version to start from, the team's beside it; the result is saved as the record both sides then share. */
function TemplateMerge({ id, name, mine, theirs, onSave, onCancel }: TemplateMergeProps) {
  const { t, locale } = useI18n();
  const base = mine ?? theirs;
  const theirBodies = bodiesOf(theirs);
  const [title, setTitle] = useState(String(base.title ?? ''));
  const [bodies, setBodies] = useState<Record<string, string>>(bodiesOf(base));
  const languages = [...new Set([...Object.keys(bodiesOf(mine)), ...Object.keys(theirBodies)])];
  const save = useAction(onSave);
  const prefix = `${id}-merge`;

  return (
    <div class="conflict-merge">
      <form
        class="stack"
        aria-label={t('team.mergeForm', { name })}
        onSubmit={(event) => {
          event.preventDefault();
          const record = Object.fromEntries(Object.entries(base).filter(([field]) => !bookkeeping.includes(field)));
          const kept = Object.fromEntries(Object.entries(bodies).filter(([, body]) => body.trim() !== ''));
          void save.run({ ...record, title: title.trim(), bodies: kept });
        }}
      >
        <label for={`${prefix}-title`}>{t('templates.title')}</label>
        <input
          id={`${prefix}-title`}
          dir="auto"
          maxLength={200}
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        {languages.map((tag) => (
          <div key={tag} class="stack">
            <label for={`${prefix}-${tag}`}>{t('templates.body', { language: languageName(tag, locale) })}</label>
            <textarea
              id={`${prefix}-${tag}`}
              lang={tag}
              dir="auto"
              rows={3}
              maxLength={10000}
              value={bodies[tag] ?? ''}
              onInput={(e) => setBodies({ ...bodies, [tag]: e.currentTarget.value })}
            />
          </div>
        ))}
        <p class="row">
          <button type="submit">{t('team.saveMerged')}</button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </p>
        <ProblemList problems={save.problems} />
      </form>
      <div class="conflict-theirs">
        <h6>{t('team.theirs')}</h6>
        <p dir="auto">
          <strong>{String(theirs.title ?? '')}</strong>
        </p>
        {languages.map((tag) => (
          <p key={tag} dir="auto" lang={tag} class="conflict-body">
            {theirBodies[tag] ?? ''}
          </p>
        ))}
      </div>
    </div>
  );
}
