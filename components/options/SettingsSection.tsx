import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import type { Settings, UiLanguage, UiTheme } from '@/utils/model/settings';
import { ProblemList } from '../problems';
import { useI18n } from '../i18n';

export interface SettingsSectionProps {
  settings: Settings;
  /** IANA zones to suggest (from Intl), passed in so the view stays free of platform calls. */
  timeZones: string[];
  /** Resolves with the background's refusal (a zone it does not know, an impossible time), or null once saved. */
  onChange: (patch: Partial<Settings>) => Promise<Problem[] | null>;
}

const roundingSteps = [0, 1, 6, 15, 30] as const;

export function SettingsSection({ settings, timeZones, onChange: save }: SettingsSectionProps) {
  const { t } = useI18n();
  const [problems, setProblems] = useState<Problem[]>([]);
  const onChange = async (patch: Partial<Settings>) => setProblems((await save(patch)) ?? []);
  return (
    <section aria-labelledby="section-title" class="stack settings">
      <label for="ui-language">{t('language')}</label>
      <select
        id="ui-language"
        aria-describedby="ui-language-hint"
        value={settings.language}
        onChange={(event) => onChange({ language: event.currentTarget.value as UiLanguage })}
      >
        <option value="auto">{t('languageAuto')}</option>
        <option value="ar" lang="ar">
          {t('languageAr')}
        </option>
        <option value="en" lang="en">
          {t('languageEn')}
        </option>
      </select>
      <p id="ui-language-hint" class="muted">
        {t('settingsLanguageHint')}
      </p>

      <label for="ui-theme">{t('settingsTheme')}</label>
      <select
        id="ui-theme"
        value={settings.theme ?? 'auto'}
        onChange={(event) => onChange({ theme: event.currentTarget.value as UiTheme })}
      >
        <option value="auto">{t('themeAuto')}</option>
        <option value="light">{t('themeLight')}</option>
        <option value="dark">{t('themeDark')}</option>
      </select>

      <label for="time-zone">{t('settingsTimeZone')}</label>
      <input
        id="time-zone"
        dir="ltr"
        list="time-zones"
        aria-describedby="time-zone-hint"
        value={settings.timeZone}
        onChange={(event) => onChange({ timeZone: event.currentTarget.value.trim() })}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <p id="time-zone-hint" class="muted">
        {t('settingsTimeZoneHint')}
      </p>

      <label for="idle-minutes">{t('settingsIdle')}</label>
      <input
        id="idle-minutes"
        type="number"
        min={1}
        max={120}
        value={settings.idleMinutes}
        onChange={(event) => onChange({ idleMinutes: Number(event.currentTarget.value) })}
      />

      <label for="reminder-time">{t('settingsReminder')}</label>
      <input
        id="reminder-time"
        type="time"
        value={settings.reminderTime ?? ''}
        onChange={(event) => onChange({ reminderTime: event.currentTarget.value || null })}
      />

      <label for="auto-tracking">{t('settingsAutoTracking')}</label>
      <select
        id="auto-tracking"
        value={settings.autoTracking}
        onChange={(event) => onChange({ autoTracking: event.currentTarget.value as Settings['autoTracking'] })}
      >
        <option value="off">{t('autoOff')}</option>
        <option value="offer">{t('autoOffer')}</option>
        <option value="automatic">{t('autoAutomatic')}</option>
      </select>

      <label for="rounding-minutes">{t('settingsRounding')}</label>
      <select
        id="rounding-minutes"
        value={settings.rounding.minutes}
        onChange={(event) =>
          onChange({
            rounding: {
              ...settings.rounding,
              minutes: Number(event.currentTarget.value) as Settings['rounding']['minutes'],
            },
          })
        }
      >
        {roundingSteps.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes === 0 ? t('roundingNone') : t('roundingMinutes', { minutes })}
          </option>
        ))}
      </select>
      <label for="rounding-mode">{t('roundingMode')}</label>
      <select
        id="rounding-mode"
        value={settings.rounding.mode}
        onChange={(event) =>
          onChange({
            rounding: { ...settings.rounding, mode: event.currentTarget.value as Settings['rounding']['mode'] },
          })
        }
      >
        <option value="up">{t('roundingUp')}</option>
        <option value="nearest">{t('roundingNearest')}</option>
      </select>

      <label for="agent-name">{t('settingsAgent')}</label>
      <input
        id="agent-name"
        value={settings.agentName}
        maxLength={120}
        onChange={(event) => onChange({ agentName: event.currentTarget.value })}
      />
      <ProblemList problems={problems} />
    </section>
  );
}
