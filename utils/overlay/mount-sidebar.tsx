import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '@/components/i18n';
import { PostLabelButton } from '@/components/sidebar/PostLabelButton';
import { SidebarContent } from '@/components/sidebar/SidebarContent';
import { SidebarSync } from '@/components/sidebar/SidebarSync';
import { createSidebarShell } from '@/components/sidebar/shell';
import { directionOf } from '@/utils/i18n/core';
import { catalogTranslator, type OverlayCatalog } from '@/utils/i18n/overlay';
import { overlayApi as api, tabMessaging, type PageInfo } from '@/utils/messages';
import type { Problem } from '@/utils/model/problem';
import type { Template } from '@/utils/model/template';
import type { SiteAdapter } from '@/utils/sites/types';
import type { LengthCounter } from '@/utils/templates/length';
import { storedChanges, storedOverlayCatalog, storedSettings, storedSidebarOpen, storedSyncStatus } from '@/utils/stored-values';
import { openPost, watchClickedPost, watchHoveredPost, type ClickedPost, type HoveredPost } from './label-target';
import { watchPage, type PageReading } from './page-reader';
import { chooseSide, type Side } from './placement';
import { detectLanguage } from '@/utils/text/language';
import { templateInserter } from './template-insert';
import { readStored, storedReader } from './stored-reader';
import { hostTheme } from './theme';

interface OverlayState {
  /** The sidebar's strings, and with them its language (`catalog.locale`). */
  catalog: OverlayCatalog;
  open: boolean;
  theme: 'light' | 'dark';
  page: PageReading;
  info: PageInfo | null;
  labelTarget: ClickedPost | null;
  side: Side;
  templates: Template[];
  templateQuery: string;
  agentName: string;
  timeZone: string;
  /** Team sync is set up (its own line follows the details). */
  sync: boolean;
}

const refusedOrNull = (result: { ok: true } | { ok: false; problems: Problem[] }) => (result.ok ? null : result.problems);

/**
 * Mounts the sidebar into the page in an open shadow root and keeps it in step with the open account, the UI
 * language, the remembered open/closed state, the host's theme and the stored data. Every listener goes
 * through `ctx`, so an extension reload or update leaves nothing behind in the page. `countLength` is the
 * site's own way of counting a reply (X weights characters, the others count code points), passed in by the
 * site's entrypoint so each content script bundles only its own.
 */
export async function mountSidebar(ctx: ContentScriptContext, adapter: SiteAdapter, countLength: LengthCounter): Promise<void> {
  const platform = adapter.platform;
  const sidebarOpen = storedReader(storedSidebarOpen);
  // Watched before the first read, so a value written while the read is in flight (the catalog a worker
  // publishes on its first start) is never missed; values that arrive before the sidebar has its state are
  // applied once it has. Change notices and the toggle command before then are dropped: the first page reading
  // fetches everything, and the command had no listener at all that early before.
  const early: Partial<OverlayState>[] = [];
  let apply = (patch: Partial<OverlayState>) => void early.push(patch);
  let started = false;
  const unwatch = [
    storedReader(storedSettings).watch((next) => apply({ agentName: next.agentName, timeZone: next.timeZone })),
    sidebarOpen.watch((next) => apply({ open: next[platform] ?? true })),
    storedReader(storedOverlayCatalog).watch((next) => apply({ catalog: next })),
    storedReader(storedSyncStatus).watch((next) => apply({ sync: next.state !== 'off' })),
    storedReader(storedChanges).watch((notice) => {
      if (!started) return; // the first page reading fetches everything anyway
      void refreshInfo();
      if (notice.stores.includes('templates')) void refreshTemplates();
    }),
    tabMessaging.onMessage('toggleSidebar', () => void (started && toggle())),
  ];
  ctx.onInvalidated(() => unwatch.forEach((stop) => stop()));
  const [settings, openBySite, catalog, syncStatus] = await readStored([storedSettings, storedSidebarOpen, storedOverlayCatalog, storedSyncStatus]);
  // A catalog not published yet (the worker has not run since install): waking it publishes one.
  if (Object.keys(catalog.messages).length === 0) void api.ping();
  let state: OverlayState = {
    catalog,
    open: openBySite[platform] ?? true,
    theme: 'light',
    page: { url: location.href, kind: 'unknown', account: null, followers: null },
    info: null,
    labelTarget: null,
    side: 'right',
    templates: [],
    templateQuery: '',
    agentName: settings.agentName,
    timeZone: settings.timeZone,
    sync: syncStatus.state !== 'off',
  };
  // One translator per published catalog, shared by the shell, the panel and what template insertion says.
  let translation = { catalog, t: catalogTranslator(catalog) };
  const translate = (current: OverlayCatalog) =>
    translation.catalog === current ? translation.t : (translation = { catalog: current, t: catalogTranslator(current) }).t;
  const listeners = new Set<(next: OverlayState) => void>();
  const update = (patch: Partial<OverlayState>) => {
    // Nothing new (a page re-read, a refresh that found the same): no render.
    if ((Object.keys(patch) as (keyof OverlayState)[]).every((key) => patch[key] === state[key])) return;
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  // Keeps the sidebar off the composer (or the content column when there is none) and in the host's colours.
  // Both are read in an IntersectionObserver callback, which runs after the browser's own layout: reading them
  // straight away would force an extra layout of a busy page.
  let placing: IntersectionObserver | null = null;
  const place = () => {
    placing?.disconnect();
    const target = adapter.findComposer(document) ?? adapter.contentRoot(document) ?? document.body;
    placing = new IntersectionObserver(([entry]) => {
      placing?.disconnect();
      placing = null;
      const obstacle = target === document.body || !entry ? null : entry.boundingClientRect;
      const preferred: Side = directionOf(state.catalog.locale) === 'rtl' ? 'left' : 'right';
      const side = chooseSide(entry?.rootBounds?.width ?? window.innerWidth, obstacle, preferred);
      const theme = hostTheme(document);
      if (side !== state.side || theme !== state.theme) update({ side, theme });
    });
    placing.observe(target);
  };
  ctx.onInvalidated(() => placing?.disconnect());

  let infoRequest = 0;
  const refreshInfo = async () => {
    const request = ++infoRequest;
    const key = state.page.account?.key ?? null;
    if (!key) return update({ info: null });
    const result = await api.pageInfo(platform, key, state.page.account?.handle ?? '');
    if (request !== infoRequest || !result.ok) return; // a newer page replaced this one meanwhile
    const clientChanged = result.value.client?.id !== state.info?.client?.id || state.templates.length === 0;
    update({ info: result.value });
    if (clientChanged) void refreshTemplates();
    // One snapshot per page reading, not one per later refresh (every stored change refreshes the info).
    const { account } = result.value;
    if (account && state.page.followers !== null && followersRecordedFor !== state.page.url) {
      followersRecordedFor = state.page.url;
      void api.recordFollowers(account.id, state.page.followers);
    }
  };
  let followersRecordedFor = '';

  let templateRequest = 0;
  const refreshTemplates = async () => {
    const request = ++templateRequest;
    if (!state.page.account) return update({ templates: [] });
    const result = await api.searchTemplates({ query: state.templateQuery, clientId: state.info?.client?.id ?? null, platform });
    if (request === templateRequest && result.ok) update({ templates: result.value });
  };

  const inserter = templateInserter(ctx, adapter, platform, countLength);
  const templateContext = () => ({
    client: state.info?.client ?? null,
    clientLanguages: state.info?.contract?.languages ?? [],
    agentName: state.agentName,
    timeZone: state.timeZone,
  });
  const templateProps = (current: OverlayState) => ({
    templates: current.templates,
    query: current.templateQuery,
    onQuery: (templateQuery: string) => {
      update({ templateQuery });
      void refreshTemplates();
    },
    preview: (template: Template, language: string | null) => inserter.render(template, language, templateContext()),
    onInsert: async (template: Template, rendering: { text: string; language: string }) => {
      const t = translate(state.catalog);
      const inserted = await inserter.insert(rendering.text);
      if (!inserted.ok) return inserted.reason === 'noComposer' ? t('templateNoComposer') : t('templateNotApplied');
      void api.recordTemplateUse({ templateId: template.id, clientId: state.info?.client?.id ?? null, platform, language: rendering.language });
      return t('templateInserted');
    },
  });

  // The post under the pointer changes with every mouse move: it has its own listeners so that only the small
  // Label button re-renders, never the whole sidebar.
  let hovered: HoveredPost | null = null;
  const hoverListeners = new Set<(next: HoveredPost | null) => void>();
  const setHovered = (next: HoveredPost | null) => {
    hovered = next;
    for (const listener of hoverListeners) listener(next);
  };
  const labelHovered = () => {
    if (!hovered) return;
    update({ labelTarget: hovered.post });
    setHovered(null);
    // The label form renders for the new target on the next frame; move focus there for keyboard users.
    ctx.requestAnimationFrame(() => ui.shadow.querySelector<HTMLElement>('#wasla-label-kind')?.focus());
  };

  const toggle = async () => {
    const current = await sidebarOpen.getValue();
    await sidebarOpen.setValue({ ...current, [platform]: !state.open });
  };

  const tag = async (clientId: string) => {
    const account = state.page.account;
    if (!account) return null;
    return refusedOrNull(await api.tagAccount({ platform, key: account.key, handle: account.handle, displayName: account.displayName, clientId }));
  };

  const handlers = {
    onTag: tag,
    onCreateAndTag: async (names: { nameAr: string; nameEn: string }) => {
      const created = await api.save('clients', { ...names, color: '#0f766e', notes: '', archived: false });
      return created.ok ? tag(created.value.id) : created.problems;
    },
    onUntag: () => {
      if (state.info?.account) void api.remove('accounts', state.info.account.id);
    },
    onStartTimer: () => {
      if (state.info?.client) void api.startTimer(state.info.client.id, platform);
    },
    onStopTimer: () => void api.stopTimer(),
    onSaveAsTemplate: async (title: string) => {
      const text = inserter.composerText();
      if (!text.trim()) return [{ code: 'templateBody', path: '' }];
      const detected = detectLanguage(text);
      const language = detected !== 'other' ? detected : (state.info?.contract?.languages[0] ?? 'en');
      const saved = await api.save('templates', {
        title,
        bodies: { [language]: text },
        clientId: state.info?.client?.id ?? null,
        platforms: [platform],
        tags: [],
        usageCount: 0,
      });
      return refusedOrNull(saved);
    },
    onSaveLabel: async (label: string, note: string) => {
      const target = state.labelTarget;
      const clientId = state.info?.client?.id;
      if (!target || !clientId) return null;
      return refusedOrNull(await api.save('labels', { clientId, platform, postUrl: target.url, excerpt: target.excerpt, label, note }));
    },
  };

  function HoveredPostButton() {
    const [current, setCurrent] = useState(hovered);
    useEffect(() => {
      hoverListeners.add(setCurrent);
      setCurrent(hovered);
      return () => void hoverListeners.delete(setCurrent);
    }, []);
    if (!current) return null;
    return (
      <PostLabelButton
        top={current.top}
        left={current.left}
        edge={current.edge}
        authorName={current.post.authorName}
        kind={current.post.kind}
        onLabel={labelHovered}
      />
    );
  }

  /** Everything interactive in the landmark: the sync line, then the open account and what can be done with it. */
  function Panel() {
    const [current, setCurrent] = useState(state);
    useEffect(() => {
      listeners.add(setCurrent);
      // Effects run after the first paint: catch up with anything that changed in between.
      setCurrent(state);
      return () => void listeners.delete(setCurrent);
    }, []);
    const translator = useMemo(() => () => translate(current.catalog), [current.catalog]);
    const account = current.page.account;
    return (
      <I18nProvider locale={current.catalog.locale} translator={translator}>
        {current.sync && <SidebarSync />}
        {account && (
          <SidebarContent account={account} info={current.info} labelTarget={current.labelTarget} templates={templateProps(current)} {...handlers} />
        )}
        {/* Fixed to the post under the pointer (inside the landmark, which is out of the page while closed). */}
        {current.open && current.info?.client && <HoveredPostButton />}
      </I18nProvider>
    );
  }

  const reportShown = () => {
    if (document.visibilityState === 'visible') void api.pageShown(platform, state.page.account?.key ?? null, state.page.account?.handle ?? '');
  };
  ctx.addEventListener(document, 'visibilitychange', reportShown);

  // The page is read before the sidebar mounts, so its first frame already shows it (one render, not two).
  watchPage(ctx, adapter, (page) => {
    if (page.account?.key !== state.page.account?.key || page.kind !== state.page.kind) queueMicrotask(reportShown);
    const sameAccount = page.account?.key === state.page.account?.key;
    const samePage = page.url === state.page.url;
    update({
      page,
      info: sameAccount ? state.info : null,
      labelTarget: samePage && state.labelTarget ? state.labelTarget : page.kind === 'post' ? openPost(adapter) : null,
    });
    place();
    void refreshInfo();
  });

  const shell = createSidebarShell(document, platform, () => void toggle());
  const showShell = (current: OverlayState) =>
    shell.show({
      locale: current.catalog.locale,
      t: translate(current.catalog),
      open: current.open,
      theme: current.theme,
      side: current.side,
      kind: current.page.kind,
      hasAccount: current.page.account !== null,
    });
  // Preact renders only once the panel has something to show: on a feed with team sync off (the default) the
  // page never renders with it.
  let panelRendered = false;
  const renderPanelWhenNeeded = (current: OverlayState) => {
    if (panelRendered || (!current.page.account && !current.sync)) return;
    panelRendered = true;
    render(<Panel />, shell.panel);
  };
  listeners.add(showShell);
  listeners.add(renderPanelWhenNeeded);

  const ui = await createShadowRootUi(ctx, {
    name: 'wasla-sidebar',
    css: sidebarCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    onMount: (container) => {
      showShell(state);
      container.append(shell.root);
      renderPanelWhenNeeded(state);
      return container;
    },
    onRemove: (container) => {
      if (panelRendered) render(null, shell.panel);
      container?.replaceChildren();
    },
  });
  ui.mount();

  // The language decides the side the sidebar prefers: a new catalog places it again.
  apply = (patch) => {
    update(patch);
    if (patch.catalog) place();
  };
  early.splice(0).forEach(apply);
  started = true;

  let resizeFrame = false;
  ctx.addEventListener(window, 'resize', () => {
    if (resizeFrame) return;
    resizeFrame = true;
    ctx.requestAnimationFrame(() => {
      resizeFrame = false;
      place();
    });
  });
  watchClickedPost(ctx, adapter, (post) => update({ labelTarget: post }));
  watchHoveredPost(ctx, adapter, setHovered);
}
