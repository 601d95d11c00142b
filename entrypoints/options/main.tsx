import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/options/options.css';
import { createTranslator } from '@/utils/i18n';
import { I18nProvider, useI18n } from '@/components/i18n';
import { BackupSection, type BackupOutcome } from '@/components/options/BackupSection';
import { OptionsShell, optionSections, type OptionSection } from '@/components/options/OptionsShell';
import { SettingsSection } from '@/components/options/SettingsSection';
import { api } from '@/utils/messages';
import { downloadText } from '@/utils/views/download';
import { dayKey, resolveTimeZone } from '@/utils/time/zone';
import { ClientsPage } from './clients';
import { ReportsPage } from './reports';
import { TeamPage } from './team';
import { TemplatesPage } from './templates';
import type { Settings } from '@/utils/model/settings';
import { downloadInParts, uploadInParts } from '@/utils/backup/transfer';
import { storedSettings, usePageLocale, useSettings } from '@/utils/views/use-settings';
import { usePageTheme } from '@/components/design/theme';

function sectionFromHash(): OptionSection {
  const wanted = location.hash.slice(1);
  return (optionSections as readonly string[]).includes(wanted) ? (wanted as OptionSection) : 'clients';
}

async function exportBackup(): Promise<BackupOutcome> {
  const result = await downloadInParts((request) => api.exportBackup(request));
  if (!result.ok) return result;
  const { parts, exportedAt, recordCount } = result.value;
  downloadText(`wasla-backup-${exportedAt.slice(0, 10)}.json`, parts.join(''), 'application/json');
  return { ok: true, recordCount };
}

function Section({ section, settings }: { section: OptionSection; settings: Settings }) {
  const { t } = useI18n();
  switch (section) {
    case 'backup':
      return (
        <BackupSection
          onExport={exportBackup}
          onImport={async (file) => {
            const result = await uploadInParts(await file.text(), (part) => api.importBackup(part));
            return result.ok ? { ok: true, recordCount: result.value.recordCount } : result;
          }}
          confirm={(question) => window.confirm(question)}
        />
      );
    case 'reports':
      return <ReportsPage />;
    case 'templates':
      return <TemplatesPage />;
    case 'team':
      return <TeamPage settings={settings} />;
    case 'settings':
      return (
        <SettingsSection
          settings={settings}
          timeZones={Intl.supportedValuesOf('timeZone')}
          onChange={async (patch) => {
            const result = await api.updateSettings(patch);
            return result.ok ? null : result.problems;
          }}
        />
      );
    case 'clients':
      return <ClientsPage today={dayKey(Date.now(), resolveTimeZone(settings.timeZone))} />;
    default:
      return <p class="muted">{t('sectionPending')}</p>;
  }
}

function OptionsPage({ initialSettings }: { initialSettings: Settings }) {
  const settings = useSettings(initialSettings);
  const locale = usePageLocale(settings);
  usePageTheme(settings.theme);
  const [section, setSection] = useState<OptionSection>(sectionFromHash);
  useEffect(() => {
    const follow = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <I18nProvider locale={locale} translator={createTranslator}>
      <OptionsShell
        current={section}
        onNavigate={(next) => {
          location.hash = next;
          setSection(next);
        }}
      >
        <Section section={section} settings={settings} />
      </OptionsShell>
    </I18nProvider>
  );
}

render(<OptionsPage initialSettings={await storedSettings()} />, document.getElementById('app')!);
