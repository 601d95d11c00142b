import { describe, expect, it } from 'vitest';
import { normalizeSpace, readText, stripBidi, textKey } from '../../../utils/text/visible-text';

describe('visible text', () => {
  it('reads markup-like text as literal characters, never as markup', () => {
    const span = document.createElement('span');
    span.textContent = '<b>Acme</b>';
    expect(readText(span)).toBe('<b>Acme</b>');
  });

  it('keeps bidi marks and emoji for display, reading emoji images by their alt', () => {
    const span = document.createElement('span');
    span.append('\u200Fمتجر ', Object.assign(document.createElement('img'), { alt: '🚀' }), '  Acme\n');
    expect(readText(span)).toBe('\u200Fمتجر 🚀 Acme');
  });

  it('separates paragraphs by a space', () => {
    const div = document.createElement('div');
    const first = document.createElement('div');
    first.textContent = 'Hi';
    const second = document.createElement('p');
    second.textContent = 'Thanks';
    div.append(first, second);
    expect(readText(div)).toBe('Hi Thanks');
  });

  it('skips the alt of images that are not emoji (avatars)', () => {
    const link = document.createElement('a');
    link.append(Object.assign(document.createElement('img'), { alt: "acme's profile picture" }), 'acme');
    expect(readText(link)).toBe('acme');
  });

  it('skips scripts and styles', () => {
    const div = document.createElement('div');
    const script = document.createElement('script');
    script.textContent = 'var x = 1';
    div.append('Acme', script);
    expect(readText(div)).toBe('Acme');
  });

  it('returns an empty string for a missing node', () => {
    expect(readText(null)).toBe('');
  });

  it('makes keys stable: no bidi controls, NFC, lower case, one space', () => {
    expect(textKey('\u200F Acme\u00A0 Store\u202C')).toBe('acme store');
    expect(textKey('Cafe\u0301')).toBe(textKey('Café'));
    expect(stripBidi('\u2067سارة\u2069')).toBe('سارة');
    expect(normalizeSpace(' a \n\t b ')).toBe('a b');
  });
});
