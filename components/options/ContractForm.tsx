import type { Contract } from '@/utils/model/contract';
import { useDraftForm } from '../use-draft-form';
import type { Problem } from '@/utils/model/problem';
import { FormFooter } from '../FormFooter';
import { useI18n } from '../i18n';

/** A contract as typed: numbers and dates as text until the background validates them. */
export interface ContractDraft {
  id?: string;
  baseRevision?: number;
  clientId: string;
  startsOn: string;
  endsOn: string;
  monthlyHours: string;
  minDailyHours: string;
  workingDays: number[];
  languages: string;
  hourlyRate: string;
  currency: string;
}

export function contractToDraft(contract: Contract): ContractDraft {
  return {
    id: contract.id,
    baseRevision: contract.revision,
    clientId: contract.clientId,
    startsOn: contract.startsOn,
    endsOn: contract.endsOn ?? '',
    monthlyHours: String(contract.monthlyHours),
    minDailyHours: String(contract.minDailyHours),
    workingDays: contract.workingDays,
    languages: contract.languages.join(', '),
    hourlyRate: contract.hourlyRate === null ? '' : String(contract.hourlyRate),
    currency: contract.currency ?? '',
  };
}

export interface ContractFormProps {
  initial: ContractDraft;
  onSave: (draft: ContractDraft) => Promise<Problem[] | null>;
  onCancel?: () => void;
}

const weekdays = [0, 1, 2, 3, 4, 5, 6];

export function ContractForm({ initial, onSave, onCancel }: ContractFormProps) {
  const { t, locale } = useI18n();
  const { value: draft, set, problems, submit } = useDraftForm(initial, onSave);
  const prefix = `contract-${initial.id ?? `new-${initial.clientId}`}`;
  // 2023-01-01 was a Sunday: weekday names come from Intl, in the UI language.
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
  const field = (
    key: keyof ContractDraft,
    label: string,
    type: 'text' | 'date' | 'number' = 'text',
    extra: Record<string, string | number> = {},
  ) => (
    <>
      <label for={`${prefix}-${key}`}>{label}</label>
      <input
        id={`${prefix}-${key}`}
        type={type as 'text'}
        value={draft[key] as string}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
        {...extra}
      />
    </>
  );
  return (
    <form class="stack" aria-label={initial.id ? t('contractEdit') : t('contractAdd')} onSubmit={submit}>
      {field('startsOn', t('contractStarts'), 'date', { required: 'required' })}
      {field('endsOn', t('contractEnds'), 'date')}
      {field('monthlyHours', t('contractMonthlyHours'), 'number', { step: '0.25' })}
      {field('minDailyHours', t('contractMinDaily'), 'number', { step: '0.25' })}
      <fieldset>
        <legend>{t('contractWorkingDays')}</legend>
        {weekdays.map((day) => (
          <label key={day} class="inline">
            <input
              type="checkbox"
              checked={draft.workingDays.includes(day)}
              onChange={(e) =>
                set({
                  workingDays: e.currentTarget.checked
                    ? [...draft.workingDays, day].sort()
                    : draft.workingDays.filter((d) => d !== day),
                })
              }
            />
            {dayName(day)}
          </label>
        ))}
      </fieldset>
      {field('languages', t('contractLanguagesCodes'), 'text', {
        dir: 'ltr',
        'aria-describedby': `${prefix}-languages-hint`,
      })}
      <p id={`${prefix}-languages-hint`} class="muted">
        {t('contractLanguagesHint')}
      </p>
      {field('hourlyRate', t('contractRate'), 'number', { step: '0.01' })}
      {field('currency', t('contractCurrency'), 'text', { dir: 'ltr', maxLength: 3 })}
      <FormFooter problems={problems} onCancel={onCancel} />
    </form>
  );
}

const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The record the background validates; blank required numbers stay missing so they are reported as such. */
export function draftToContract(draft: ContractDraft) {
  return {
    id: draft.id,
    baseRevision: draft.baseRevision,
    clientId: draft.clientId,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn || null,
    monthlyHours: optionalNumber(draft.monthlyHours),
    minDailyHours: optionalNumber(draft.minDailyHours),
    workingDays: draft.workingDays,
    languages: draft.languages.split(/[\s,،]+/).filter(Boolean),
    hourlyRate: optionalNumber(draft.hourlyRate) ?? null,
    currency: draft.currency.trim() ? draft.currency.trim().toUpperCase() : null,
  };
}
