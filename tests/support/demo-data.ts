import type { Page } from '@playwright/test';
import { sendToBackground } from './background';

/** A small, believable agency workload: two clients with contracts, so the demo shows more than empty states. */
export async function seedDemoData(extensionPage: Page): Promise<void> {
  const existing = await sendToBackground(extensionPage, 'listRecords', { store: 'clients' });
  if (existing.ok && existing.value.length > 0) return;
  const acme = await sendToBackground(extensionPage, 'saveRecord', {
    store: 'clients',
    record: { nameAr: 'متجر أكمي', nameEn: 'Acme Store', color: '#b45309' },
  });
  const wasla = await sendToBackground(extensionPage, 'saveRecord', {
    store: 'clients',
    record: { nameAr: 'وصلة التجريبي', nameEn: 'Wasla Demo', color: '#0f766e' },
  });
  if (!acme.ok || !wasla.ok) throw new Error('demo data refused');
  for (const client of [acme.value, wasla.value] as { id: string }[]) {
    await sendToBackground(extensionPage, 'saveRecord', {
      store: 'contracts',
      record: {
        clientId: client.id,
        startsOn: '2026-01-01',
        monthlyHours: 80,
        minDailyHours: 4,
        languages: ['ar', 'en'],
      },
    });
  }
  // The replicas' "Wasla Demo" pages belong to the Wasla Demo client on all three networks.
  const waslaId = (wasla.value as { id: string }).id;
  for (const [platform, key, handle] of [
    ['x', 'wasla_demo', 'wasla_demo'],
    ['facebook', '100064000000001', 'wasla.demo'],
    ['instagram', 'wasla.demo', 'wasla.demo'],
  ] as const) {
    await sendToBackground(extensionPage, 'tagAccount', {
      platform,
      key,
      handle,
      displayName: 'Wasla Demo',
      clientId: waslaId,
    });
  }
  await sendToBackground(extensionPage, 'saveRecord', {
    store: 'templates',
    record: {
      title: 'Thanks for asking',
      bodies: {
        ar: 'مرحبًا {{customer}}، شكرًا لسؤالك! سنرد عليك خلال ساعة.',
        en: 'Hi {{customer}}, thanks for asking! We will get back to you within the hour.',
      },
      clientId: waslaId,
    },
  });
  await sendToBackground(extensionPage, 'saveRecord', {
    store: 'templates',
    record: {
      title: 'Opening hours',
      bodies: { ar: 'نفتح يوميًا من ٩ صباحًا حتى ١١ مساءً.', en: 'We are open daily from 9 am to 11 pm.' },
      clientId: null,
    },
  });
}

/** Signs the demo profile up on the stand-in, creates a team and shares the demo clients with it. */
export async function signInDemoTeam(extensionPage: Page, standin: { url: string; anonKey: string }): Promise<void> {
  const steps = [
    () => sendToBackground(extensionPage, 'setSyncConfig', { config: { url: standin.url, anonKey: standin.anonKey } }),
    () =>
      sendToBackground(extensionPage, 'signUp', { email: 'manager@agency.example', password: 'wasla-demo-password' }),
    () =>
      sendToBackground(extensionPage, 'createTeam', { name: 'وكالة وصلة · Wasla Agency', timeZone: 'Africa/Cairo' }),
  ];
  for (const step of steps) {
    const result = await step();
    if (!result.ok) throw new Error(`demo team setup refused: ${JSON.stringify(result.problems)}`);
  }
  const view = await sendToBackground(extensionPage, 'teamView');
  if (!view.ok) throw new Error('demo team view refused');
  await sendToBackground(extensionPage, 'shareClients', {
    clientIds: view.value.localClients.map((client) => client.id),
  });
  await sendToBackground(extensionPage, 'syncNow');
}
