// Length counting without X's weighting tables: what Facebook's and Instagram's content scripts import.
import type { Platform } from '../model/record';

export const platformLimits: Record<Platform, number> = { x: 280, instagram: 2200, facebook: 8000 };

export interface Measure {
  used: number;
  limit: number;
  over: boolean;
}

/** Counts what a platform counts in a text. */
export type LengthCounter = (text: string) => number;

/** Instagram and Facebook count code points: an emoji made of several uses several. */
export const codePointLength: LengthCounter = (text) => [...text].length;

export function measureWith(count: LengthCounter, text: string, platform: Platform): Measure {
  const used = count(text);
  const limit = platformLimits[platform];
  return { used, limit, over: used > limit };
}
