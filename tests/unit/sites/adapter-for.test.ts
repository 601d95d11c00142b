import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../utils/sites';

describe('adapterFor', () => {
  const table: ReadonlyArray<readonly [string, string | null]> = [
    ['x.com', 'x'],
    ['mobile.x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['WWW.INSTAGRAM.COM', 'instagram'],
    ['notfacebook.com', null],
    ['facebook.com.evil.example', null],
    ['example.com', null],
  ];
  for (const [hostname, platform] of table) {
    it(`${hostname} → ${platform}`, () => {
      expect(adapterFor(hostname)?.platform ?? null).toBe(platform);
    });
  }
});
