import type { Settings, UiLanguage } from '@/utils/model/settings';
import { useI18n } from '../i18n';

export interface SettingsSectionProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

export function SettingsSection({ settings, onChange }: SettingsSectionProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="section-title">
      <p>
        <label for="ui-language">{t('language')}</label>{' '}
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
      </p>
      <p id="ui-language-hint" class="muted">
        {t('settingsLanguageHint')}
      </p>
    </section>
  );
}
