import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SidebarView } from '@/entrypoints/sidebar/SidebarView';
import type { SidebarContext } from '@/entrypoints/sidebar/context';
import { features, type SidebarFeature } from '@/entrypoints/sidebar/features';
import { catalogTranslator, overlayCatalogFor } from '@/utils/i18n/overlay';
import type { PageFacts } from '@/utils/overlay/port';
import { mount } from '../components/render';

const facts: PageFacts = {
  platform: 'x',
  url: 'https://x.com/home',
  kind: 'reserved',
  account: null,
  followers: null,
  theme: 'light',
  labelTarget: null,
  replyingTo: null,
  unreadable: null,
};
const context: SidebarContext = {
  facts,
  info: null,
  refreshInfo: () => undefined,
  link: {
    onFacts: () => undefined,
    onCommand: () => undefined,
    layout: () => undefined,
    insert: async () => ({ ok: true }),
    composerText: async () => '',
    returnFocus: () => undefined,
  },
  agentName: '',
  timeZone: 'UTC',
  sync: false,
  templatesChanged: 0,
  takeTemplateChanges: () => null,
};
const overlay = (locale: 'en' | 'ar') => () => catalogTranslator(overlayCatalogFor(locale));

describe('the sidebar features', () => {
  it('are registered in one place, each once', () => {
    const ids = features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'sync-line',
      'page-status',
      'tagging',
      'replying-to',
      'templates',
      'contract-timer',
      'follower-growth',
      'labels',
    ]);
  });

  it('a feature that throws shows a one-line error in its own place and the others keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken: SidebarFeature = {
      id: 'broken',
      needs: 'always',
      View: () => {
        throw new Error('broken on purpose');
      },
    };
    const pageStatus = features.find((feature) => feature.id === 'page-status')!;
    const view = await mount(
      <SidebarView
        context={context}
        platform="x"
        open
        theme="light"
        features={[broken, pageStatus]}
        onToggle={() => undefined}
      />,
      'en',
      overlay('en'),
    );
    await act(async () => undefined);
    const failed = view.querySelector('[data-feature-failed="broken"]');
    expect(failed?.textContent).toBe('This part of the sidebar could not be shown.');
    expect(failed?.getAttribute('role')).toBe('alert');
    // The next feature still renders, after the failed one.
    expect(view.querySelector('[data-state="not-client-page"]')?.textContent).toBe('Not a client page');
    expect(
      failed!.compareDocumentPosition(view.querySelector('[data-state="not-client-page"]')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('the failure line is in the UI language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken: SidebarFeature = {
      id: 'broken',
      needs: 'always',
      View: () => {
        throw new Error('x');
      },
    };
    const view = await mount(
      <SidebarView context={context} platform="x" open theme="light" features={[broken]} onToggle={() => undefined} />,
      'ar',
      overlay('ar'),
    );
    await act(async () => undefined);
    expect(view.querySelector('[data-feature-failed]')?.textContent).toBe('تعذّر عرض هذا الجزء من الشريط الجانبي.');
  });

  it('is a landmark named Wasla, or وصلة in Arabic', async () => {
    const en = await mount(
      <SidebarView context={context} platform="x" open theme="light" features={[]} onToggle={() => undefined} />,
      'en',
      overlay('en'),
    );
    expect(en.querySelector('aside')?.getAttribute('aria-label')).toBe('Wasla');
    const ar = await mount(
      <SidebarView context={context} platform="x" open theme="light" features={[]} onToggle={() => undefined} />,
      'ar',
      overlay('ar'),
    );
    expect(ar.querySelector('aside')?.getAttribute('aria-label')).toBe('وصلة');
    expect(ar.querySelector('.wasla-root')?.getAttribute('dir')).toBe('rtl');
  });
});
