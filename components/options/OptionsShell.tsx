import type { ComponentChildren } from 'preact';
import type { MessageKey } from '@/utils/i18n';
import { useI18n } from '../i18n';

export const optionSections = ['clients', 'templates', 'team', 'reports', 'settings', 'backup'] as const;
export type OptionSection = (typeof optionSections)[number];

const sectionTitles: Record<OptionSection, MessageKey> = {
  clients: 'sectionClients',
  templates: 'sectionTemplates',
  team: 'sectionTeam',
  reports: 'sectionReports',
  settings: 'sectionSettings',
  backup: 'sectionBackup',
};

export function sectionTitle(section: OptionSection): MessageKey {
  return sectionTitles[section];
}

export interface OptionsShellProps {
  current: OptionSection;
  onNavigate: (section: OptionSection) => void;
  children: ComponentChildren;
}

/** The options page frame: a named navigation landmark and the current section as the main landmark. */
export function OptionsShell({ current, onNavigate, children }: OptionsShellProps) {
  const { t } = useI18n();
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <nav aria-label={t('optionsNav')} class="options-nav">
        <ul>
          {optionSections.map((section) => (
            <li key={section}>
              <a
                href={`#${section}`}
                aria-current={section === current ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate(section);
                }}
              >
                {t(sectionTitles[section])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main" aria-labelledby="section-title">
        <h2 id="section-title">{t(sectionTitles[current])}</h2>
        {children}
      </main>
    </div>
  );
}
