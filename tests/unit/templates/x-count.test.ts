import { describe, expect, it } from 'vitest';
import { xWeightedLength } from '../../../utils/templates/x-count';

const table: ReadonlyArray<readonly [string, string, number]> = [
  ['Latin letters weigh 1', 'hello', 5],
  ['Arabic letters weigh 1 (U+0600 block is inside U+0000–U+10FF)', 'مرحبا بك', 8],
  ['Arabic harakat weigh 1 each', 'شُكْرًا', 7],
  ['RLM and LRM weigh 2 (outside U+2000–U+200D)', '\u200F\u200E', 4],
  ['ZWJ and ZWNJ weigh 1 on their own', '\u200D\u200C', 2],
  ['curly quotes and dashes weigh 1', '“—”', 3],
  ['ellipsis U+2026 weighs 2', '…', 2],
  ['prime U+2032 weighs 1', '′', 1],
  ['Arabic presentation forms weigh 2', 'ﻻ', 2],
  ['CJK weighs 2', '日本', 4],
  ['a single emoji counts 2', '👍', 2],
  ['an emoji with a skin tone counts 2', '👍🏽', 2],
  ['a ZWJ family counts 2', '👨‍👩‍👧‍👦', 2],
  ['a flag counts 2', '🇸🇦', 2],
  ['a keycap counts 2', '1️⃣', 2],
  ['a subdivision flag (tag sequence) counts 2', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', 2],
  ['a heart with variation selector counts 2', '❤️', 2],
  ['text-style © weighs 1, emoji-style ©️ counts 2', '© ©️', 4],
  ['text is NFC-normalised first', 'e\u0301', 1],
  ['an https URL counts 23 whatever its length', 'https://example.com/a/very/long/path/that/goes/on?x=1&y=2', 23],
  ['a short http URL still counts 23', 'http://a.co', 23],
  ['trailing sentence punctuation is not part of the URL', 'see https://example.com/x.', 4 + 23 + 1],
  ['a bare domain with a known generic TLD counts 23', 'visit example.com', 6 + 23],
  ['a bare domain with a path counts 23', 'shop.example.store/sale', 23],
  ['a bare country domain needs a path', 'bit.ly/abc or example.sa', 23 + 4 + 10],
  ['unknown TLDs and abbreviations are not URLs', 'e.g. file.txt', 13],
  ['an e-mail address is not a URL', 'a@example.com', 13],
  ['Arabic text around a URL', 'زوروا example.com/ar الآن', 6 + 23 + 5],
];

describe('xWeightedLength', () => {
  for (const [behaviour, text, expected] of table) {
    it(`${behaviour}: ${JSON.stringify(text)} → ${expected}`, () => {
      expect(xWeightedLength(text)).toBe(expected);
    });
  }

  it('counts 280 Arabic letters as exactly the limit', () => {
    expect(xWeightedLength('ب'.repeat(280))).toBe(280);
  });
});
