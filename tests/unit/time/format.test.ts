import { describe, expect, it } from 'vitest';
import { formatElapsed, formatHours } from '../../../utils/time';
import { hours, minutes, seconds } from './helpers';

describe('formatElapsed', () => {
  it('shows hours and two-digit minutes, never wrapping at 24 hours', () => {
    expect(formatElapsed(minutes(5))).toBe('0:05');
    expect(formatElapsed(hours(12) + minutes(30))).toBe('12:30');
    expect(formatElapsed(hours(100))).toBe('100:00');
  });

  it('counts whole minutes only', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(seconds(59) + 999)).toBe('0:00');
    expect(formatElapsed(hours(1) + minutes(59) + seconds(59))).toBe('1:59');
  });

  it('shows a negative duration (clock skew) as 0:00', () => {
    expect(formatElapsed(-minutes(3))).toBe('0:00');
  });
});

describe('formatHours', () => {
  it('writes decimal hours with at most two decimals in English', () => {
    expect(formatHours(minutes(90), 'en')).toBe('1.5');
    expect(formatHours(minutes(20), 'en')).toBe('0.33');
    expect(formatHours(hours(8), 'en')).toBe('8');
    expect(formatHours(hours(1234.5), 'en')).toBe('1,234.5');
  });

  it('writes Arabic-Indic digits and separators for Arabic locales that use them', () => {
    expect(formatHours(minutes(90), 'ar-EG')).toBe('١٫٥');
    expect(formatHours(hours(1234.5), 'ar-EG')).toBe('١٬٢٣٤٫٥');
    expect(formatHours(minutes(20), 'ar-u-nu-arab')).toBe('٠٫٣٣');
  });

  it('follows CLDR for bare ar, whose default digits are Latin since CLDR 46', () => {
    expect(formatHours(minutes(90), 'ar')).toBe('1.5');
  });
});
