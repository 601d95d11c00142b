import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccountCard } from '@/components/sidebar/AccountCard';
import { useI18n } from '@/components/i18n';
import { diagnosticText } from '@/utils/overlay/diagnostic';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/**
 * Whose page is open; on a page that names no account, why not: not a client page (home, search…), not
 * recognised, or (issue 14 item 6) a page that should name one and no reader matched — then the sidebar says so
 * rather than show nothing or a wrong name, and offers a diagnostic to copy (kinds and counts, no page text).
 */
/**
 * The async clipboard needs a permission a frame inside another site's page is often not given (Chromium asks
 * the embedding page's permission policy); copying the selected text with the click's own activation works there.
 */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.setAttribute('aria-hidden', 'true');
    scratch.style.position = 'fixed';
    scratch.style.opacity = '0';
    document.body.append(scratch);
    scratch.select();
    const done = document.execCommand('copy');
    scratch.remove();
    return done;
  }
}

function PageStatus() {
  const { t } = useI18n();
  const { facts } = useSidebar();
  const [copied, setCopied] = useState('');
  if (facts.account) return <AccountCard account={facts.account} />;
  if (facts.unreadable) {
    const text = diagnosticText(facts.unreadable, browser.runtime.getManifest().version);
    return (
      <section class="wasla-unreadable" aria-labelledby="wasla-unreadable-title">
        <p id="wasla-unreadable-title" data-state="unreadable">
          {t('sidebarCantRead')}
        </p>
        <details>
          <summary>{t('diagnosticShow')}</summary>
          <pre class="wasla-diagnostic" dir="ltr" tabIndex={0} aria-label={t('diagnosticLabel')}>
            {text}
          </pre>
          <button
            type="button"
            onClick={() =>
              void copy(text).then((done) => setCopied(t(done ? 'diagnosticCopied' : 'diagnosticCopyFailed')))
            }
          >
            {t('diagnosticCopy')}
          </button>
          <p role="status">{copied}</p>
        </details>
      </section>
    );
  }
  if (facts.kind === 'account' || facts.kind === 'post') return null; // still reading
  const reserved = facts.kind === 'reserved';
  return (
    <p class="wasla-muted" data-state={reserved ? 'not-client-page' : 'not-recognised'}>
      {t(reserved ? 'sidebarNotClientPage' : 'sidebarNotRecognised')}
    </p>
  );
}

export const pageStatus: SidebarFeature = { id: 'page-status', needs: 'always', View: PageStatus };
