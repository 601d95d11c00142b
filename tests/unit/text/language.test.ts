import { describe, expect, it } from 'vitest';
import { detectLanguage, type Language } from '../../../utils/text/language';

const table: ReadonlyArray<readonly [string, Language]> = [
  ['كم سعر الشحن إلى الرياض؟', 'ar'],
  ['Do you ship to Dubai?', 'en'],
  ['شكرا جزيلا على الخدمة thanks', 'ar'],
  ['Thanks a lot for the fast delivery شكرا', 'en'],
  ['ab جد', 'other'],
  ['@acme_store_official شكرا', 'ar'],
  ['https://example.com/very/long/english/path مرحبا', 'ar'],
  ['سپاس', 'ar'], // Persian is Arabic script: replies in Arabic script are what templates can offer
  ['🔥🔥🔥', 'other'],
  ['😍👍🏽', 'other'],
  ['12345 ٣٤٥', 'other'],
  ['100%', 'other'],
  ['', 'other'],
  ['Привет, как дела?', 'other'],
  ['こんにちは world', 'other'],
  ['Café déjà vu', 'en'],
];

describe('detectLanguage', () => {
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(detectLanguage(text)).toBe(expected);
    });
  }
});
