import { useState } from 'preact/hooks';
import { ActionForm, useAction, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export interface TeamJoinProps {
  /** IANA zones to offer (from Intl), passed in so the view stays free of platform calls. */
  timeZones: string[];
  /** The zone a new team starts with: the one in Settings, else this computer's. */
  defaultTimeZone: string;
  onCreate: (name: string, timeZone: string) => Refusal;
  onJoin: (code: string) => Refusal;
}

/** Start a team (its owner) or join one with an invite code from its admin. */
export function TeamJoin({ timeZones, defaultTimeZone, onCreate, onJoin }: TeamJoinProps) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [code, setCode] = useState('');
  const create = useAction(async () => {
    const refused = name.trim()
      ? await onCreate(name.trim(), timeZone)
      : [{ code: 'required', path: t('team.teamName') }];
    if (!refused) setName('');
    return refused;
  });
  const join = useAction(async () => {
    const refused = code.trim() ? await onJoin(code.trim()) : [{ code: 'required', path: t('team.inviteCode') }];
    if (!refused) setCode('');
    return refused;
  });
  const zones = timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones];

  return (
    <div class="team-columns">
      <ActionForm id="team-create-title" title={t('team.createTitle')} submit={t('team.create')} action={create}>
        <label for="team-name">{t('team.teamName')}</label>
        <input id="team-name" dir="auto" maxLength={120} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <label for="team-zone">{t('team.timeZone')}</label>
        <select
          id="team-zone"
          dir="ltr"
          aria-describedby="team-zone-hint"
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p id="team-zone-hint" class="muted">
          {t('team.timeZoneHint')}
        </p>
      </ActionForm>
      <ActionForm id="team-join-title" title={t('team.joinTitle')} submit={t('team.join')} action={join}>
        <label for="team-invite-code">{t('team.inviteCode')}</label>
        <input
          id="team-invite-code"
          dir="ltr"
          autocomplete="off"
          spellcheck={false}
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </ActionForm>
    </div>
  );
}
