// April 2024 starts on a Monday. With the default Sunday–Thursday week its working days are
// 1–4, 7–11, 14–18, 21–25, 28–30: 22 days. Fridays 5/12/19/26 and Saturdays 6/13/20/27 are off.
import { describe, expect, it } from 'vitest';
import {
  contractInForce,
  isWorkingDay,
  monthTargets,
  workingDaysInRange,
  type ContractTerms,
} from '../../../utils/time';

const sundayToThursday = [0, 1, 2, 3, 4];

function contract(terms: Partial<ContractTerms> & Pick<ContractTerms, 'startsOn'>): ContractTerms {
  return {
    endsOn: null,
    workingDays: sundayToThursday,
    monthlyHours: 132,
    minDailyHours: 6,
    deletedAt: null,
    ...terms,
  };
}

describe('isWorkingDay', () => {
  it('follows the contract week', () => {
    expect(isWorkingDay('2024-04-26', sundayToThursday)).toBe(false); // Friday
    expect(isWorkingDay('2024-04-27', sundayToThursday)).toBe(false); // Saturday
    expect(isWorkingDay('2024-04-28', sundayToThursday)).toBe(true); // Sunday
    expect(isWorkingDay('2024-04-26', [1, 2, 3, 4, 5])).toBe(true); // Friday in a Monday–Friday week
  });
});

describe('workingDaysInRange', () => {
  it('counts both ends', () => {
    expect(workingDaysInRange('2024-04-01', '2024-04-30', sundayToThursday)).toBe(22);
    expect(workingDaysInRange('2024-04-21', '2024-04-27', sundayToThursday)).toBe(5);
    expect(workingDaysInRange('2024-04-21', '2024-04-27', [6])).toBe(1);
    expect(workingDaysInRange('2024-04-25', '2024-04-25', sundayToThursday)).toBe(1);
  });

  it('is zero for a weekend, an empty week or a reversed span', () => {
    expect(workingDaysInRange('2024-04-26', '2024-04-27', sundayToThursday)).toBe(0);
    expect(workingDaysInRange('2024-04-01', '2024-04-30', [])).toBe(0);
    expect(workingDaysInRange('2024-04-30', '2024-04-01', sundayToThursday)).toBe(0);
  });
});

describe('contractInForce', () => {
  const first = contract({ startsOn: '2024-01-01', endsOn: '2024-03-31' });
  const renewal = contract({ startsOn: '2024-04-01' });

  it('is the contract whose days cover the day, both ends included', () => {
    expect(contractInForce([first, renewal], '2024-01-01')).toBe(first);
    expect(contractInForce([first, renewal], '2024-03-31')).toBe(first);
    expect(contractInForce([first, renewal], '2024-04-01')).toBe(renewal);
    expect(contractInForce([first, renewal], '2030-01-01')).toBe(renewal); // open-ended
  });

  it('is null before the first contract and between contracts', () => {
    expect(contractInForce([first, renewal], '2023-12-31')).toBeNull();
    const later = contract({ startsOn: '2024-05-01' });
    expect(contractInForce([first, later], '2024-04-15')).toBeNull();
  });

  it('ignores deleted contracts', () => {
    expect(contractInForce([first, { ...renewal, deletedAt: '2024-04-02T00:00:00.000Z' }], '2024-04-10')).toBeNull();
  });

  it('lets the contract that started last win when two overlap', () => {
    const renegotiated = contract({ startsOn: '2024-02-15' });
    expect(contractInForce([renegotiated, first], '2024-03-01')).toBe(renegotiated);
    expect(contractInForce([renegotiated, first], '2024-02-14')).toBe(first);
  });
});

describe('monthTargets', () => {
  const april = contract({ startsOn: '2024-01-01', monthlyHours: 132, minDailyHours: 6 });

  it('counts working days so far including today, and expects the daily minimum for each', () => {
    // Wed 10 Apr: working days 1–4 and 7–10 are past or today = 8
    expect(monthTargets([april], '2024-04', '2024-04-10')).toEqual({
      monthlyHours: 132,
      dailyMinimumHours: 6,
      workingDaysInMonth: 22,
      workingDaysSoFar: 8,
      expectedSoFarHours: 48,
    });
  });

  it('expects nothing yet for a future month and everything for a past one', () => {
    expect(monthTargets([april], '2024-04', '2024-03-20')).toMatchObject({
      workingDaysSoFar: 0,
      expectedSoFarHours: 0,
    });
    expect(monthTargets([april], '2024-04', '2024-05-02')).toMatchObject({
      workingDaysSoFar: 22,
      expectedSoFarHours: 132,
    });
  });

  it('does not count today when today is a weekend day', () => {
    // Fri 12 Apr: 1–4, 7–11 = 9
    expect(monthTargets([april], '2024-04', '2024-04-12')).toMatchObject({
      workingDaysSoFar: 9,
      expectedSoFarHours: 54,
    });
  });

  it('judges each day by the contract in force on it when the contract changes mid-month', () => {
    const old = contract({ startsOn: '2024-01-01', endsOn: '2024-04-14', monthlyHours: 176, minDailyHours: 8 });
    const renewed = contract({ startsOn: '2024-04-15', monthlyHours: 110, minDailyHours: 4 });
    // old covers 1–4, 7–11, 14 = 10 of its 22 April working days: 176 × 10/22 = 80
    // renewed covers 15–18, 21–25, 28–30 = 12 of 22: 110 × 12/22 = 60
    // by Tue 16 Apr: 10 days × 8 h + 15 and 16 Apr × 4 h = 88
    expect(monthTargets([old, renewed], '2024-04', '2024-04-16')).toEqual({
      monthlyHours: 140,
      dailyMinimumHours: 4,
      workingDaysInMonth: 22,
      workingDaysSoFar: 12,
      expectedSoFarHours: 88,
    });
  });

  it('prorates a contract that starts mid-month and counts only its days', () => {
    const starting = contract({ startsOn: '2024-04-15', monthlyHours: 110, minDailyHours: 4 });
    expect(monthTargets([starting], '2024-04', '2024-04-10')).toEqual({
      monthlyHours: 60,
      dailyMinimumHours: null, // not yet in force on the 10th
      workingDaysInMonth: 12,
      workingDaysSoFar: 0,
      expectedSoFarHours: 0,
    });
  });

  it('is null when no contract is in force during the month', () => {
    expect(monthTargets([contract({ startsOn: '2024-05-01' })], '2024-04', '2024-04-10')).toBeNull();
    expect(monthTargets([], '2024-04', '2024-04-10')).toBeNull();
  });
});
