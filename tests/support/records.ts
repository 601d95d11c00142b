// Builders for valid records, so a test states only what matters to it.
import type { Client, Contract, TimeEntry } from '@/utils/model';

let counter = 0;
/** Deterministic, valid v4-shaped UUIDs: readable in failures and stable between runs. */
export function testId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

const stamp = '2026-11-01T08:00:00.000Z';
/** The fields every stored record carries besides its id: made at one fixed instant, live, local, never synced. */
export const recordStamps = {
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: null,
  teamId: null,
  revision: 0,
  createdBy: null,
};
const base = () => ({ id: testId(), ...recordStamps });

export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    ...base(),
    nameAr: 'متجر أكمي',
    nameEn: 'Acme Store',
    color: '#0f766e',
    notes: '',
    archived: false,
    ...overrides,
  };
}

export function makeContract(clientId: string, overrides: Partial<Contract> = {}): Contract {
  return {
    ...base(),
    clientId,
    startsOn: '2026-01-01',
    endsOn: null,
    monthlyHours: 80,
    minDailyHours: 4,
    workingDays: [0, 1, 2, 3, 4],
    languages: ['ar', 'en'],
    hourlyRate: null,
    currency: null,
    ...overrides,
  };
}

export function makeEntry(
  clientId: string,
  start: string,
  end: string | null,
  overrides: Partial<TimeEntry> = {},
): TimeEntry {
  return { ...base(), clientId, start, end, source: 'manual', platform: null, note: '', userId: null, ...overrides };
}
