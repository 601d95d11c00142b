// The Templates section's container (issue #4): loads templates, clients and contracts through the background,
// saves and deletes through it, and turns files into drafts here (the parsers are pure) so the background
// only ever receives a whole, checked import to write in one transaction.
import { downloadText } from '@/utils/views/download';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { ClientChoice, TemplateFormValues } from '@/components/options/TemplatesForm';
import { TemplatesSection } from '@/components/options/TemplatesSection';
import type { TemplatesFileKind, TransferOutcome } from '@/components/options/TemplatesTransfer';
import { api, type Draft } from '@/utils/messages';
import type { Client, Contract, Template } from '@/utils/model';
import { clientDisplayName } from '@/utils/model/names';
import { parseTemplatesCsv, parseTemplatesJson, templatesToCsv, templatesToJson } from '@/utils/templates/transfer';
import { changesItem } from '@/utils/storage-items';
import { dayKey, resolveTimeZone } from '@/utils/time/zone';
import { useSettings } from '@/utils/views/use-settings';
import { mayChange } from '@/utils/sync/permissions';
import { useWriter } from '@/utils/views/use-writer';

interface Records {
  templates: Template[];
  clients: Client[];
  contracts: Contract[];
}

async function listAll(): Promise<Records> {
  const [templates, clients, contracts] = await Promise.all([
    api.list('templates'),
    api.list('clients'),
    api.list('contracts'),
  ]);
  return {
    templates: templates.ok ? templates.value : [],
    clients: clients.ok ? clients.value : [],
    contracts: contracts.ok ? contracts.value : [],
  };
}

/**
 * The languages a client's replies must cover: those of every contract not yet ended (current and future,
 * earliest first), else those of its latest contract; none without a contract.
 */
function contractedLanguages(contracts: Contract[], clientId: string, today: string): string[] {
  const own = contracts.filter((c) => c.clientId === clientId).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const open = own.filter((c) => c.endsOn === null || c.endsOn >= today);
  const chosen = open.length > 0 ? open : own.slice(-1);
  return [...new Set(chosen.flatMap((c) => c.languages))];
}

/** What the form typed, as the record the background validates: blank replies dropped, tags split. */
function toDraft(values: TemplateFormValues) {
  return {
    ...(values.id ? { id: values.id, baseRevision: values.baseRevision } : {}),
    title: values.title,
    bodies: Object.fromEntries(Object.entries(values.bodies).filter(([, body]) => body.trim() !== '')),
    clientId: values.clientId,
    platforms: values.platforms,
    tags: values.tags
      .split(/[,،]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  };
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function TemplatesPage() {
  const { locale } = useI18n();
  const settings = useSettings();
  const today = dayKey(Date.now(), resolveTimeZone(settings.timeZone));
  const [records, setRecords] = useState<Records>({ templates: [], clients: [], contracts: [] });
  const writer = useWriter();

  useEffect(() => {
    const load = () => void listAll().then(setRecords);
    load();
    return changesItem.watch(load);
  }, []);

  const clients = useMemo<ClientChoice[]>(
    () =>
      records.clients
        .map((client) => ({
          id: client.id,
          name: clientDisplayName(client, locale),
          languages: contractedLanguages(records.contracts, client.id, today),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [records.clients, records.contracts, locale, today],
  );
  const templates = useMemo(
    () => [...records.templates].sort((a, b) => a.title.localeCompare(b.title, locale)),
    [records.templates, locale],
  );
  const nameOf = (id: string) => clients.find((c) => c.id === id)?.name ?? '';

  const exportFile = async (kind: TemplatesFileKind): Promise<TransferOutcome> => {
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'json') downloadText(`wasla-templates-${stamp}.json`, templatesToJson(templates), 'application/json');
    else downloadText(`wasla-templates-${stamp}.csv`, templatesToCsv(templates, nameOf), 'text/csv;charset=utf-8');
    return { ok: true, count: templates.length };
  };

  const importFile = async (file: File): Promise<TransferOutcome> => {
    const text = await file.text();
    const name = file.name.toLowerCase();
    const isJson =
      name.endsWith('.json') ||
      (!name.endsWith('.csv') &&
        text
          .replace(/^\uFEFF/, '')
          .trimStart()
          .startsWith('{'));
    const parsed = isJson
      ? parseTemplatesJson(text, (id) => records.clients.some((c) => c.id === id))
      : // A CSV names the client in either language, as written in Arabic or English settings.
        parseTemplatesCsv(
          text,
          (scope) => records.clients.find((c) => sameName(c.nameAr, scope) || sameName(c.nameEn, scope))?.id ?? null,
        );
    if (!parsed.ok) return parsed;
    const result = await api.importTemplates(parsed.drafts);
    return result.ok ? { ok: true, count: result.value.count } : result;
  };

  return (
    <TemplatesSection
      templates={templates}
      readOnly={(template) => !mayChange('templates', template, writer)}
      clients={clients}
      onSave={async (values) => {
        // usageCount is left out: the background keeps the stored count on edit and starts new ones at 0.
        const result = await api.save('templates', toDraft(values) as Draft<'templates'>);
        return result.ok ? null : result.problems;
      }}
      onDelete={(template) => void api.remove('templates', template.id)}
      confirm={(question) => window.confirm(question)}
      onExport={exportFile}
      onImport={importFile}
    />
  );
}
