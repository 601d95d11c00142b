import { useState } from 'preact/hooks';
import type { Result } from '@/utils/messages';
import { numberLocale } from '@/utils/i18n/core';
import { ActionForm, useAction } from './TeamShared';
import { useI18n } from '../i18n';

export type Invite = { code: string; expiresAt: string };

export interface TeamInviteProps {
  onCreate: (role: 'member' | 'admin') => Promise<Result<Invite>>;
  /** Puts the code on the clipboard; false when the browser would not. */
  onCopy: (text: string) => Promise<boolean>;
}

/** A one-time code for the person to invite, with the role they join as (admins and owners only). */
export function TeamInvite({ onCreate, onCopy }: TeamInviteProps) {
  const { t, locale } = useI18n();
  const [role, setRole] = useState<'member' | 'admin'>('member');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const create = useAction(async () => {
    setCopied(null);
    const result = await onCreate(role);
    setInvite(result.ok ? result.value : null);
    return result.ok ? null : result.problems;
  });
  const expires = invite
    ? new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(invite.expiresAt),
      )
    : '';

  return (
    <ActionForm
      id="team-invite-title"
      title={t('team.inviteTitle')}
      submit={t('team.createInvite')}
      action={create}
      after={
        <>
          {invite && (
            <>
              <label for="team-new-invite">{t('team.newInviteCode')}</label>
              <p class="row">
                <input
                  id="team-new-invite"
                  class="team-code"
                  dir="ltr"
                  readOnly
                  value={invite.code}
                  aria-describedby="team-invite-expires"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <button type="button" onClick={() => void onCopy(invite.code).then(setCopied)}>
                  {t('team.copy')}
                </button>
              </p>
              <p id="team-invite-expires" class="muted">
                {t('team.inviteExpires', { time: expires })}
              </p>
            </>
          )}
          <p role="status">{copied === null ? '' : copied ? t('team.copied') : t('team.copyFailed')}</p>
        </>
      }
    >
      <label for="team-invite-role">{t('team.inviteRole')}</label>
      <select id="team-invite-role" value={role} onChange={(e) => setRole(e.currentTarget.value as 'member' | 'admin')}>
        <option value="member">{t('team.role.member')}</option>
        <option value="admin">{t('team.role.admin')}</option>
      </select>
    </ActionForm>
  );
}
