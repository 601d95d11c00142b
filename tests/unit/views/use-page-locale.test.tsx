import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageLocale } from '@/utils/views/use-page-locale';

function Page({ language }: { language: 'ar' | 'en' }) {
  return <p>{usePageLocale({ language })}</p>;
}

const container = document.createElement('div');
afterEach(() => {
  render(null, container);
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = 'en';
});

describe('usePageLocale', () => {
  it('sets <html lang dir> before the first frame is painted, so an Arabic page never shows left to right', () => {
    // No act(): what is set when render returns is what the first frame is painted with (an effect would run
    // only after that paint).
    render(<Page language="ar" />, container);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    render(<Page language="en" />, container);
    expect(document.documentElement.dir).toBe('ltr');
  });
});
