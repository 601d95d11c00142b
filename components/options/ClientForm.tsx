import type { Client } from '@/utils/model/client';
import { useDraftForm } from '../use-draft-form';
import type { Problem } from '@/utils/model/problem';
import { FormFooter } from '../FormFooter';
import { useI18n } from '../i18n';

export type ClientDraft = Pick<Client, 'nameAr' | 'nameEn' | 'color' | 'notes'> & {
  id?: string;
  baseRevision?: number;
};

export interface ClientFormProps {
  initial: ClientDraft;
  onSave: (draft: ClientDraft) => Promise<Problem[] | null>;
  onCancel?: () => void;
}

export function ClientForm({ initial, onSave, onCancel }: ClientFormProps) {
  const { t } = useI18n();
  const { value: draft, set, problems, submit } = useDraftForm(initial, onSave);
  const prefix = `client-${initial.id ?? 'new'}`;
  return (
    <form class="stack" aria-label={initial.id ? t('clientEdit') : t('clientAdd')} onSubmit={submit}>
      <label for={`${prefix}-ar`}>{t('clientNameAr')}</label>
      <input
        id={`${prefix}-ar`}
        dir="rtl"
        lang="ar"
        value={draft.nameAr}
        maxLength={120}
        onInput={(e) => set({ nameAr: e.currentTarget.value })}
      />
      <label for={`${prefix}-en`}>{t('clientNameEn')}</label>
      <input
        id={`${prefix}-en`}
        dir="ltr"
        lang="en"
        value={draft.nameEn}
        maxLength={120}
        onInput={(e) => set({ nameEn: e.currentTarget.value })}
      />
      <label for={`${prefix}-color`}>{t('clientColor')}</label>
      <input
        id={`${prefix}-color`}
        type="color"
        value={draft.color}
        onInput={(e) => set({ color: e.currentTarget.value })}
      />
      <label for={`${prefix}-notes`}>{t('clientNotes')}</label>
      <textarea
        id={`${prefix}-notes`}
        rows={2}
        maxLength={4000}
        value={draft.notes}
        onInput={(e) => set({ notes: e.currentTarget.value })}
      />
      <FormFooter problems={problems} onCancel={onCancel} />
    </form>
  );
}
