import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Template } from '@/utils/model';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
});
test.afterAll(async () => ext.dispose());

/** A client whose contract lists Arabic, English and French; its id. */
async function createPalmRestaurant(page: Page): Promise<string> {
  const client = await sendToBackground(page, 'saveRecord', {
    store: 'clients',
    record: { nameAr: 'مطعم النخيل', nameEn: 'Palm Restaurant' },
  });
  if (!client.ok) throw new Error(JSON.stringify(client.problems));
  const clientId = (client.value as { id: string }).id;
  const contract = await sendToBackground(page, 'saveRecord', {
    store: 'contracts',
    record: { clientId, startsOn: '2026-01-01', monthlyHours: 80, minDailyHours: 4, languages: ['ar', 'en', 'fr'] },
  });
  if (!contract.ok) throw new Error(JSON.stringify(contract.problems));
  return clientId;
}

async function storedTemplates(page: Page): Promise<Template[]> {
  const result = await sendToBackground(page, 'listRecords', { store: 'templates' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return (result.value as Template[]).sort((a, b) => a.title.localeCompare(b.title));
}

/** What a template means to its user, without identity, times or usage. */
const essence = (templates: Template[], clientName: (id: string | null) => string) =>
  templates.map((t) => ({
    title: t.title,
    bodies: t.bodies,
    scope: clientName(t.clientId),
    platforms: t.platforms,
    tags: t.tags,
  }));

test('a template is written through the form: refused when invalid, warned about missing languages and length, edited, deleted', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#templates');
  const clientId = await createPalmRestaurant(page);

  await page.getByText('Add a template').click();
  const form = page.getByRole('form', { name: 'Add a template' });
  await form.getByLabel('Reply in Arabic').fill('شكرًا لتواصلك معنا يا {{customer}}');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('Title: a required value is missing');
  expect(await storedTemplates(page)).toEqual([]);

  await form.getByLabel('Title', { exact: true }).fill('Thanks');
  await form.getByLabel('For', { exact: true }).selectOption({ label: 'Palm Restaurant' });
  await expect(form.getByLabel('Reply in French')).toHaveAttribute('lang', 'fr');
  await expect(form.getByLabel('Reply in French')).toHaveAttribute('dir', 'auto');
  await expect(form.getByRole('status').filter({ hasText: 'contract also lists' })).toHaveText(
    "This client's contract also lists English and French, but this template has no reply in them.",
  );
  await expect(form.getByText('{{customer}} {{client}} {{agent}} {{date}}')).toBeVisible();

  // X counts weighted characters: 150 emoji weigh 300 of its 280, while Instagram counts 150.
  await form.getByLabel('Reply in English').fill('👍'.repeat(150));
  await expect(form.getByText('Too long for X: 300 characters of 280.')).toBeVisible();
  await expect(form.getByText('Instagram: 150 / 2,200')).toBeVisible();
  await form.getByLabel('X', { exact: true }).uncheck();
  await expect(form.getByText(/Too long for X/)).toBeHidden();
  await form.getByLabel('Reply in English').fill('');
  await form.getByLabel('X', { exact: true }).check();

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Thanks' })).toBeVisible();
  expect(await storedTemplates(page)).toMatchObject([
    {
      title: 'Thanks',
      clientId,
      bodies: { ar: 'شكرًا لتواصلك معنا يا {{customer}}' },
      platforms: ['facebook', 'instagram', 'x'],
      tags: [],
      usageCount: 0,
    },
  ]);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Thanks' }) });
  await expect(card).toContainText('For: Palm Restaurant');
  await expect(card).toContainText('Languages: Arabic');

  await card.getByRole('button', { name: 'Edit: Thanks' }).click();
  const edit = card.getByRole('form', { name: 'Edit template' });
  await edit.getByLabel('Title', { exact: true }).fill('Thanks a lot');
  await edit.getByLabel('Reply in English').fill('Thank you, {{customer}}!');
  await edit.getByLabel('Reply in French').fill('Merci, {{customer}} !');
  await expect(edit.getByRole('status').filter({ hasText: 'contract also lists' })).toHaveCount(0);
  await edit.getByLabel('Tags (separated by commas)').fill('thanks, شكر');
  await edit.getByLabel('Instagram').uncheck();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Thanks a lot' })).toBeVisible();
  expect(await storedTemplates(page)).toMatchObject([
    {
      title: 'Thanks a lot',
      clientId,
      bodies: { ar: 'شكرًا لتواصلك معنا يا {{customer}}', en: 'Thank you, {{customer}}!', fr: 'Merci, {{customer}} !' },
      platforms: ['facebook', 'x'],
      tags: ['thanks', 'شكر'],
    },
  ]);

  // The filter finds by tag; Arabic UI names the languages in Arabic and mirrors the page.
  await page.getByLabel('Filter templates').fill('nothing like this');
  await expect(page.getByText('No templates match.')).toBeVisible();
  await page.getByLabel('Filter templates').fill('شكر');
  await expect(page.getByRole('heading', { name: 'Thanks a lot' })).toBeVisible();
  await sendToBackground(page, 'updateSettings', { language: 'ar' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'تعديل: Thanks a lot' })).toBeVisible();
  // The add form is still open (emptied after the save above).
  const arabicForm = page.getByRole('form', { name: 'إضافة قالب' });
  await arabicForm.getByLabel('لمن', { exact: true }).selectOption({ label: 'مطعم النخيل' });
  await expect(arabicForm.getByLabel('الرد باللغة الفرنسية')).toBeVisible();
  await expect(arabicForm.getByRole('status').filter({ hasText: 'عقد هذا العميل' })).toContainText('الإنجليزية');
  await sendToBackground(page, 'updateSettings', { language: 'en' });

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete: Thanks a lot' }).click();
  await expect(page.getByRole('heading', { name: 'Thanks a lot' })).toBeHidden();
  expect(await storedTemplates(page)).toEqual([]);
  await sendToBackground(page, 'deleteRecord', { store: 'clients', id: clientId });
  await page.close();
});

test('templates export to CSV and JSON and import back the same; a file with a bad row writes nothing', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#templates');
  const clientId = await createPalmRestaurant(page);
  const seeds = [
    {
      title: 'Greeting',
      bodies: { ar: 'مرحبًا {{customer}}،\nكيف نساعدك؟', en: 'Hi {{customer}},\nhow can we help?' },
      clientId: null,
      tags: ['hello', 'welcome'],
      platforms: ['facebook', 'x'],
    },
    {
      title: 'Opening hours',
      bodies: { ar: 'نفتح من ٩ صباحًا', fr: 'Ouvert dès 9 h, "bienvenue"' },
      clientId,
      tags: [],
      platforms: ['facebook', 'instagram', 'x'],
    },
  ];
  for (const record of seeds)
    expect((await sendToBackground(page, 'saveRecord', { store: 'templates', record })).ok).toBe(true);
  await expect(page.getByRole('heading', { name: 'Opening hours' })).toBeVisible();
  const original = await storedTemplates(page);
  const nameHere = (id: string | null) => (id === null ? 'all' : id === clientId ? 'Palm Restaurant' : '?');

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export templates (CSV)' }).click(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Templates exported' })).toHaveText('Templates exported: 2.');
  const csvPath = (await csvDownload.path())!;
  expect(csvDownload.suggestedFilename()).toMatch(/^wasla-templates-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(readFileSync(csvPath, 'utf8')).toContain('Palm Restaurant');
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export templates (JSON)' }).click(),
  ]);
  const jsonPath = (await jsonDownload.path())!;
  expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({
    format: 'wasla-templates',
    version: 1,
    templates: [{ title: 'Greeting' }, { title: 'Opening hours' }],
  });

  // After deleting everything, the JSON file brings the same templates back (client ids kept).
  for (const template of original)
    await sendToBackground(page, 'deleteRecord', { store: 'templates', id: template.id });
  await expect(page.getByText('No templates yet.')).toBeVisible();
  await page.getByLabel('Import templates').setInputFiles(jsonPath);
  await expect(page.getByRole('status').filter({ hasText: 'Templates imported' })).toHaveText('Templates imported: 2.');
  expect(essence(await storedTemplates(page), nameHere)).toEqual(essence(original, nameHere));

  // A CSV whose row 3 names no known client and has no title: every problem shown, nothing written.
  const bad = 'title,scope,tags,ar,en\r\nFine,all,,مرحبا,Hello\r\n,Nobody Inc,,نعم,Yes\r\n';
  await page
    .getByLabel('Import templates')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file was not imported; nothing was changed.');
  await expect(alert).toContainText('row 3 › scope: refers to a record that does not exist');
  await expect(alert).toContainText('row 3 › title: a required value is missing');
  expect(await storedTemplates(page)).toHaveLength(2);
  await page.close();

  // The CSV, in a fresh profile where the client exists under the same name, gives the same templates.
  const fresh = await launchWithExtension();
  try {
    const other = await fresh.context.newPage();
    await openExtensionPage(other, fresh.extensionId, 'options.html', '#templates');
    const otherClientId = await createPalmRestaurant(other);
    await other.getByLabel('Import templates').setInputFiles(csvPath);
    await expect(other.getByRole('status').filter({ hasText: 'Templates imported' })).toHaveText(
      'Templates imported: 2.',
    );
    const nameThere = (id: string | null) => (id === null ? 'all' : id === otherClientId ? 'Palm Restaurant' : '?');
    expect(essence(await storedTemplates(other), nameThere)).toEqual(essence(original, nameHere));
  } finally {
    await fresh.dispose();
  }
});
