import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import { I18nProvider } from '@/components/i18n';
import { Timesheet } from '@/components/popup/Timesheet';
import { usePageLocale, useSettings } from '@/utils/views/use-settings';

function Popup() {
  const locale = usePageLocale(useSettings());
  return (
    <I18nProvider locale={locale}>
      <Timesheet onOpenOptions={() => void browser.runtime.openOptionsPage()} />
    </I18nProvider>
  );
}

render(<Popup />, document.getElementById('app')!);
