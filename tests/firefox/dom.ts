// Finding elements by role and accessible name inside a page or frame, for the Firefox suite.
// Puppeteer's `::-p-aria()` queries need CDP's accessibility tree and find nothing over WebDriver BiDi, so this
// computes the few roles and names the suite uses (explicit role, then the element's implicit role; name from
// aria-labelledby, aria-label, <label>, then text) and walks open shadow roots like a screen reader does.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';

export interface RoleQuery {
  role: string;
  /** Exact name, or a RegExp tested against it; any name when absent. */
  name?: string | RegExp;
}

// Built at run time from a string so tsx's transform (which can add helpers like `__name`) never touches the
// source Puppeteer sends to the page.
const findInPage = new Function(
  'scope',
  'query',
  `
  const implicitRole = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\\s+/)[0];
    const tag = el.localName;
    if (tag === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio' || type === 'file') return type;
      return type === 'search' ? 'searchbox' : 'textbox';
    }
    const roles = { button: 'button', aside: 'complementary', textarea: 'textbox', select: 'combobox', form: 'form',
      section: 'region', output: 'status', table: 'table', progress: 'progressbar', nav: 'navigation', main: 'main',
      h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', dialog: 'dialog', ul: 'list', li: 'listitem' };
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    return roles[tag] || null;
  };
  const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
  const nameOf = (el) => {
    const root = el.getRootNode();
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy.split(/\\s+/).map((id) => root.getElementById ? text(root.getElementById(id) || el.ownerDocument.createElement('i')) : '').join(' ').trim();
    }
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    if (el.labels && el.labels.length > 0) return Array.from(el.labels).map(text).join(' ').trim();
    if (el.localName === 'input' || el.localName === 'textarea') return (el.getAttribute('placeholder') || '').trim();
    return text(el);
  };
  const matches = (name) =>
    query.name === undefined ? true : query.pattern ? new RegExp(query.name, query.flags).test(name) : name === query.name;
  function* walk(node) {
    for (const el of node.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
    }
  }
  for (const el of walk(scope || document)) {
    if (implicitRole(el) === query.role && matches(nameOf(el))) return el;
  }
  return null;
  `,
) as (scope: Element | null, query: unknown) => Element | null;

function serialise(query: RoleQuery) {
  const { role, name } = query;
  if (name instanceof RegExp) return { role, name: name.source, flags: name.flags, pattern: true };
  return { role, name, pattern: false };
}

/** The first element with this role and name under `scope` (or the whole document), or null. */
export async function queryRole(
  where: Page | Frame,
  query: RoleQuery,
  scope?: ElementHandle<Element>,
): Promise<ElementHandle<Element> | null> {
  const handle = await where.evaluateHandle(findInPage, scope ?? null, serialise(query));
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) await handle.dispose();
  return element;
}

const describe = (query: RoleQuery) => `${query.role} "${query.name ?? '*'}"`;

/** Polls until `find` gives a value; fails with `what` after `timeoutMs` (a generous limit, not an assertion). */
export async function waitFor<T>(
  what: string | (() => string),
  find: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const found = await find();
      if (found) return found;
    } catch (error) {
      // A navigation or a re-render can destroy the context mid-query; try again.
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${typeof what === 'string' ? what : what()}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits for an element with this role and name, then returns it. */
export function getByRole(
  where: Page | Frame,
  query: RoleQuery,
  scope?: ElementHandle<Element>,
): Promise<ElementHandle<Element>> {
  return waitFor(describe(query), () => queryRole(where, query, scope));
}

/** Whitespace-collapsed text of an element. */
export function textOf(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Waits until the element found by `query` has text that satisfies `expected`. */
export async function waitForText(
  where: Page | Frame,
  query: RoleQuery,
  expected: string | RegExp,
  scope?: ElementHandle<Element>,
): Promise<string> {
  let last = '';
  return waitFor(
    () => `${describe(query)} to read ${String(expected)} (last: "${last}")`,
    async () => {
      const element = await queryRole(where, query, scope);
      if (!element) return null;
      last = await textOf(element);
      return (typeof expected === 'string' ? last === expected : expected.test(last)) ? last : null;
    },
  );
}
