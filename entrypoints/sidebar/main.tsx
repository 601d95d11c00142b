import '@/components/sidebar/sidebar.css';
import './frame.css';
import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { I18nProvider } from '@/components/i18n';
import { directionOf } from '@/utils/i18n/core';
import { catalogTranslator, type OverlayCatalog } from '@/utils/i18n/overlay';
import { overlayApi as api, type PageInfo } from '@/utils/messages';
import type { PageFacts } from '@/utils/overlay/port';
import type { ChangeNotice } from '@/utils/stored-values';
import type { SyncStatus } from '@/utils/sync/status';
import { TemplateChanges } from '@/utils/templates/changes';
import { readStored, sidebarStored, storedReader, type SidebarSettings } from '@/utils/overlay/stored-reader';
import type { SidebarContext } from './context';
import { features } from './features';
import { connectToPage, type PageLink } from './page-link';
import { SidebarView } from './SidebarView';

/** The sync line shows once a valid status says sync is on (the user signed into a project). */
const syncIsOn = (status: SyncStatus | null) => status !== null && status.state !== 'off';

/** Where focus goes for a command: found once the sidebar has rendered what it asks for. */
function focusSoon(selector: string, tries = 20) {
  const target = document.querySelector<HTMLElement>(selector);
  if (target) return target.focus();
  if (tries > 0) requestAnimationFrame(() => focusSoon(selector, tries - 1));
}

function App({
  link,
  initial,
}: {
  link: PageLink;
  initial: {
    catalog: OverlayCatalog;
    openBySite: Record<string, boolean>;
    settings: SidebarSettings;
    sync: boolean;
    facts: PageFacts;
    changesSeq: number;
    templateChanges: TemplateChanges;
  };
}) {
  const [catalog, setCatalog] = useState(initial.catalog);
  const [openBySite, setOpenBySite] = useState(initial.openBySite);
  const [settings, setSettings] = useState(initial.settings);
  const [sync, setSync] = useState(initial.sync);
  const [facts, setFacts] = useState<PageFacts>(initial.facts);
  const [info, setInfo] = useState<PageInfo | null>(null);
  const [infoWanted, setInfoWanted] = useState(0);
  const [templatesChanged, setTemplatesChanged] = useState(0);
  const platform = facts.platform;
  const open = openBySite[platform] ?? true;
  const t = useMemo(() => catalogTranslator(catalog), [catalog]);
  const translator = useMemo(() => () => t, [t]);

  const toggle = (focusWithin = document.hasFocus()) => {
    const next = { ...openBySite, [platform]: !open };
    setOpenBySite(next);
    void storedReader(sidebarStored.sidebarOpen).setValue(next);
    // The pressed control is replaced by the other: focus follows it (focus in the page stays in the page).
    if (focusWithin) focusSoon(open ? '#wasla-expand' : '#wasla-collapse');
  };

  useEffect(() => {
    const onNotice = (notice: ChangeNotice) => {
      setInfoWanted((n) => n + 1);
      if (initial.templateChanges.note(notice)) setTemplatesChanged((n) => n + 1);
    };
    const onSync = (next: SyncStatus | null) => setSync(syncIsOn(next));
    const stops = [
      storedReader(sidebarStored.overlayCatalog).watch(setCatalog),
      storedReader(sidebarStored.sidebarOpen).watch(setOpenBySite),
      storedReader(sidebarStored.settings).watch(setSettings),
      storedReader(sidebarStored.syncStatus).watch(onSync),
      storedReader(sidebarStored.changes).watch(onNotice),
    ];
    // What was stored between the first read (before the first render) and these watches would be missed, such as
    // the catalog a worker woken on a fresh install publishes (the sidebar stayed unnamed, seen in CI): read again.
    void readStored(startValues).then(([nextCatalog, nextOpen, nextSettings, nextSync, changes]) => {
      setCatalog(nextCatalog);
      setOpenBySite(nextOpen);
      setSettings(nextSettings);
      onSync(nextSync);
      if (changes.seq !== initial.changesSeq) onNotice(changes);
    });
    link.onFacts(setFacts);
    // Esc anywhere in the sidebar that nothing inside used (a field clearing itself does) goes back to the page.
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) link.returnFocus();
    };
    document.addEventListener('keydown', escape);
    return () => {
      stops.forEach((stop) => stop());
      document.removeEventListener('keydown', escape);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the page link lives as long as the frame: subscribe once
  }, []);

  useEffect(() => {
    const stop = { done: false };
    link.onCommand((command) => {
      if (stop.done) return;
      if (command === 'toggle') toggle(false);
      if (command === 'focusTemplates') {
        if (!open) toggle(false);
        focusSoon('#wasla-template-search');
      }
      if (command === 'focusLabel') focusSoon('#wasla-label-kind');
    });
    return () => void (stop.done = true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- toggle closes over platform, open and openBySite, which are the dependencies
  }, [platform, open, openBySite]);

  // The background's view of the open account: on every new account, and after every stored change.
  const key = facts.account?.key ?? null;
  useEffect(() => {
    if (!key) return setInfo(null);
    let current = true;
    void api
      .pageInfo(facts.platform, key, facts.account?.handle ?? '')
      .then((result) => current && result.ok && setInfo(result.value));
    return () => void (current = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asks again for a new account or a stored change, not for every new facts object (each page read makes one)
  }, [platform, key, infoWanted]);
  useEffect(() => setInfo(null), [key]);

  // The page agent sizes and places the frame from this, and draws its Label button in the sidebar's language. A
  // layout effect: the frame stays hidden until the agent has it, and a hidden frame gets no animation frames, so
  // an effect waiting for the next paint would wait for Preact's fallback timer instead.
  useLayoutEffect(() => {
    link.layout({
      open,
      preferred: directionOf(catalog.locale) === 'rtl' ? 'left' : 'right',
      title: t('appName'),
      labelButton: info?.client
        ? {
            short: t('labelShort'),
            post: t('labelThisPost', { author: '{author}' }),
            comment: t('labelThisComment', { author: '{author}' }),
          }
        : null,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t follows catalog; the Label button depends on whether there is a client, compared by id
  }, [open, catalog, info?.client?.id]);

  useEffect(() => {
    document.documentElement.lang = catalog.locale;
    document.documentElement.dir = directionOf(catalog.locale);
    document.title = t('appName');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t follows catalog
  }, [catalog]);

  // The first frame that names the account, for `sidebar-first-frame-ms` (tests/bench/host-overhead.bench.ts): the
  // animation frame after the render that named it (a plain effect would run only after that frame was painted).
  useLayoutEffect(() => {
    if (key && performance.getEntriesByName('wasla-account-shown').length === 0)
      requestAnimationFrame(() => performance.mark('wasla-account-shown'));
  }, [key]);

  const context: SidebarContext = {
    facts,
    info,
    refreshInfo: () => setInfoWanted((n) => n + 1),
    link,
    agentName: settings.agentName,
    timeZone: settings.timeZone,
    sync,
    templatesChanged,
    takeTemplateChanges: () => initial.templateChanges.take(),
  };
  return (
    <I18nProvider locale={catalog.locale} translator={translator}>
      <SidebarView
        context={context}
        platform={facts.platform}
        open={open}
        // The sidebar's theme follows the host's unless the Theme setting forces one.
        theme={settings.theme === 'auto' ? facts.theme : settings.theme}
        features={features}
        onToggle={() => toggle()}
      />
    </I18nProvider>
  );
}

/** What the sidebar reads before its first render (and once more when it starts watching them). */
const startValues = [
  sidebarStored.overlayCatalog,
  sidebarStored.sidebarOpen,
  sidebarStored.settings,
  sidebarStored.syncStatus,
  sidebarStored.changes,
] as const;

async function start() {
  // The stored values and the page's first facts (the agent sends them as soon as the port opens) are awaited
  // together, and the first render already names the account.
  const [[catalog, openBySite, settings, syncStatus, changes], link] = await Promise.all([
    readStored(startValues),
    connectToPage(),
  ]);
  // A catalog not published yet (the worker has not run since install): waking it publishes one.
  if (Object.keys(catalog.messages).length === 0) void api.ping();
  const facts = await new Promise<PageFacts>((resolve) => link.onFacts(resolve));
  const initial = {
    catalog,
    openBySite,
    settings,
    sync: syncIsOn(syncStatus),
    facts,
    changesSeq: changes.seq,
    templateChanges: new TemplateChanges(changes.seq),
  };
  render(<App link={link} initial={initial} />, document.getElementById('app')!);
}

void start();
