/**
 * How long a reply may be on each platform, and how much of it a text uses.
 *
 * X counts weighted characters (see `x-count.ts`); Instagram (2,200) and Facebook (8,000) count code points,
 * so an emoji made of several code points uses several. Runs in content scripts: no dependencies.
 */
import type { Platform } from '../model/record';
import { xWeightedLength } from './x-count';

const LIMITS: Record<Platform, number> = { x: 280, instagram: 2200, facebook: 8000 };

export function platformLimit(platform: Platform): number {
  return LIMITS[platform];
}

export interface Measure {
  used: number;
  limit: number;
  over: boolean;
}

export function measure(text: string, platform: Platform): Measure {
  const used = platform === 'x' ? xWeightedLength(text) : [...text].length;
  const limit = platformLimit(platform);
  return { used, limit, over: used > limit };
}
