import { describe, expect, it } from 'vitest';
import { elapsedMs, resolveIdle, startTimer, stopTimer, switchTimer, type TimerState } from '../../../utils/time';
import { at, minutes } from './helpers';

const running: TimerState = {
  entryId: 'entry-1',
  clientId: 'client-a',
  startedAt: '2024-04-10T09:00:00.000Z',
  platform: 'instagram',
};

describe('startTimer', () => {
  it('starts a new entry at the given instant', () => {
    expect(startTimer('client-a', 'facebook', at('2024-04-10T09:00:00Z'), 'entry-9')).toEqual({
      entryId: 'entry-9',
      clientId: 'client-a',
      startedAt: '2024-04-10T09:00:00.000Z',
      platform: 'facebook',
    });
  });
});

describe('elapsedMs', () => {
  it('is derived from the start timestamp, and 0 when stopped or before the start', () => {
    expect(elapsedMs(running, at('2024-04-10T09:05:00Z'))).toBe(minutes(5));
    expect(elapsedMs(null, at('2024-04-10T09:05:00Z'))).toBe(0);
    expect(elapsedMs(running, at('2024-04-10T08:59:00Z'))).toBe(0);
  });
});

describe('stopTimer', () => {
  it('ends the running entry at the given instant', () => {
    expect(stopTimer(running, at('2024-04-10T10:30:00Z'))).toEqual({
      entryId: 'entry-1',
      end: '2024-04-10T10:30:00.000Z',
    });
  });

  it('discards an entry that tracked nothing', () => {
    expect(stopTimer(running, at('2024-04-10T09:00:00Z'))).toEqual({ entryId: 'entry-1', discard: true });
    expect(stopTimer(running, at('2024-04-10T08:59:00Z'))).toEqual({ entryId: 'entry-1', discard: true });
  });

  it('does nothing when no timer runs', () => {
    expect(stopTimer(null, at('2024-04-10T10:30:00Z'))).toBeNull();
  });
});

describe('switchTimer', () => {
  it('ends the running entry and starts the new client’s at the same instant', () => {
    expect(switchTimer(running, 'client-b', at('2024-04-10T10:30:00Z'), 'entry-2', 'x')).toEqual({
      stopped: { entryId: 'entry-1', end: '2024-04-10T10:30:00.000Z' },
      next: { entryId: 'entry-2', clientId: 'client-b', startedAt: '2024-04-10T10:30:00.000Z', platform: 'x' },
    });
  });

  it('just starts when nothing runs', () => {
    expect(switchTimer(null, 'client-b', at('2024-04-10T10:30:00Z'), 'entry-2', null)).toEqual({
      stopped: null,
      next: { entryId: 'entry-2', clientId: 'client-b', startedAt: '2024-04-10T10:30:00.000Z', platform: null },
    });
  });

  it('changes nothing when switching to the client already running', () => {
    expect(switchTimer(running, 'client-a', at('2024-04-10T10:30:00Z'), 'entry-2', 'x')).toEqual({
      stopped: null,
      next: running,
    });
  });
});

describe('resolveIdle', () => {
  const idle = { idleSinceMs: at('2024-04-10T10:00:00Z'), returnedAtMs: at('2024-04-10T10:30:00Z') };

  it("'keep' counts the idle time as work and changes nothing", () => {
    expect(resolveIdle(running, idle, 'keep')).toEqual({ stop: false });
  });

  it("'discard' cuts the entry where idle began and continues with a new entry from the return", () => {
    expect(resolveIdle(running, idle, 'discard')).toEqual({
      closeEntryAt: at('2024-04-10T10:00:00Z'),
      newEntryStartAt: at('2024-04-10T10:30:00Z'),
      stop: false,
    });
  });

  it("'discardAndStop' cuts the entry where idle began and stops", () => {
    expect(resolveIdle(running, idle, 'discardAndStop')).toEqual({
      closeEntryAt: at('2024-04-10T10:00:00Z'),
      stop: true,
    });
  });

  it('discards the whole entry when idle began before it started', () => {
    const idleBeforeStart = { idleSinceMs: at('2024-04-10T08:50:00Z'), returnedAtMs: at('2024-04-10T10:30:00Z') };
    expect(resolveIdle(running, idleBeforeStart, 'discard')).toEqual({
      discardEntry: true,
      newEntryStartAt: at('2024-04-10T10:30:00Z'),
      stop: false,
    });
    expect(resolveIdle(running, idleBeforeStart, 'discardAndStop')).toEqual({ discardEntry: true, stop: true });
  });

  it('does nothing when no timer runs', () => {
    expect(resolveIdle(null, idle, 'discard')).toEqual({ stop: false });
  });
});
