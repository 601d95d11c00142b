import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

/**
 * A fixture page as the content script would see it: its own window at the real URL, so readers that consult
 * `document.location` (X's focal tweet, Instagram's post URL) behave as on the site.
 */
export function loadFixture(name: string, url: string): Document {
  const window = new Window({ url });
  const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A page with some unrelated shape: readers must return null/[] without throwing. */
export function loadHtml(html: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A fixture derived from a real page (tests/fixtures/real), at its own (invented) address. */
export function loadReal(name: string, url?: string): Document {
  const sidecar = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/real', `${name}.json`), 'utf8'),
  ) as { url: string };
  const window = new Window({ url: url ?? sidecar.url });
  window.document.write(readFileSync(join(import.meta.dirname, '../../fixtures/real', `${name}.html`), 'utf8'));
  return window.document as unknown as Document;
}
