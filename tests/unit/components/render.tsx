// Renders a view into happy-dom inside the real translator, and finds controls the way a user (or Playwright)
// names them: buttons by their text or aria-label, fields by their label.
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { createTranslator, type Locale, type Translate } from '@/utils/i18n';

const mounted: HTMLElement[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

/** `translator`: the page catalogs by default; the sidebar passes the overlay catalog it really gets. */
export async function mount(
  node: ComponentChildren,
  locale: Locale = 'en',
  translator: (locale: Locale) => Translate = createTranslator,
): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => {
    render(
      <I18nProvider locale={locale} translator={translator}>
        {node}
      </I18nProvider>,
      container,
    );
  });
  return container;
}

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A button's accessible name: its aria-label, else its text. */
export const nameOf = (element: Element) => element.getAttribute('aria-label') ?? text(element);

export function buttons(root: ParentNode): string[] {
  return [...root.querySelectorAll('button')].map(nameOf);
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => nameOf(b) === name);
  if (found.length !== 1)
    throw new Error(`${found.length} buttons named "${name}"; there are: ${buttons(root).join(' | ')}`);
  return found[0]!;
}

/** The input, select or textarea a label names (by `for`, by wrapping, or by aria-label). */
export function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const byLabel = [...root.querySelectorAll('label')].filter((l) => text(l) === label);
  const found = [
    ...byLabel.map((l) =>
      l.htmlFor ? root.querySelector(`#${CSS.escape(l.htmlFor)}`) : l.querySelector('input, select, textarea'),
    ),
    ...root.querySelectorAll(`[aria-label="${label}"]`),
  ].filter((element): element is Element => element !== null && /^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName));
  if (found.length !== 1) throw new Error(`${found.length} fields labelled "${label}"`);
  return found[0] as T;
}

/** A region (section) by the text of the heading that names it. */
export function region(root: ParentNode, name: string): HTMLElement {
  const found = [
    ...root.querySelectorAll<HTMLElement>('section[aria-labelledby], article[aria-labelledby], form[aria-labelledby]'),
  ].filter(
    (section) =>
      text(root.querySelector(`#${CSS.escape(section.getAttribute('aria-labelledby')!)}`) ?? section) === name,
  );
  if (found.length !== 1) throw new Error(`${found.length} regions named "${name}"`);
  return found[0]!;
}

/** The names of the regions shown (a region whose heading is outside `root` is left out). */
export function regionNames(root: ParentNode): string[] {
  return [...root.querySelectorAll('section[aria-labelledby]')]
    .map((section) => root.querySelector(`#${CSS.escape(section.getAttribute('aria-labelledby')!)}`))
    .filter((heading) => heading !== null)
    .map(text);
}

/** Lets the click's handlers, their awaited props and the re-render all finish. */
export async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export async function click(element: HTMLElement) {
  await act(() => element.click());
  await settle();
}

export async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(element: HTMLSelectElement | HTMLInputElement, value: string | boolean) {
  await act(() => {
    if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
    else element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function submit(form: HTMLFormElement) {
  await act(() => form.requestSubmit());
  await settle();
}

export const statusText = (root: ParentNode) => [...root.querySelectorAll('[role="status"]')].map(text).filter(Boolean);
export { text };
