/**
 * How long a reply may be on each platform, and how much of it a text uses. X counts weighted characters (see
 * `x-count.ts`); Instagram (2,200) and Facebook (8,000) count code points (see `length.ts`, which content
 * scripts of those two sites import directly so they do not carry X's tables).
 */
import type { Platform } from '../model/record';
import { codePointLength, measureWith, platformLimits, type Measure } from './length';
import { xWeightedLength } from './x-count';

export type { LengthCounter, Measure } from './length';

export function platformLimit(platform: Platform): number {
  return platformLimits[platform];
}

export function measure(text: string, platform: Platform): Measure {
  return measureWith(platform === 'x' ? xWeightedLength : codePointLength, text, platform);
}
