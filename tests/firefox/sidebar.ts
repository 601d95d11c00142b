// Every way the Firefox suite reaches the sidebar, in one place. The sidebar is the landmark
// `complementary "Wasla"` (ar "وصلة"): today in an open shadow root on the page, soon inside an extension
// iframe (a moz-extension:// frame in Firefox). `sidebarOf` looks for the landmark in the page first, then in
// each extension frame, so the suite works with either.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { getByRole, queryRole, textOf, waitFor, waitForText, type RoleQuery } from './dom';

const landmark: RoleQuery = { role: 'complementary', name: /^(Wasla|وصلة)$/ };

export interface Sidebar {
  /** The frame the sidebar lives in (the page's main frame, or the extension's iframe). */
  frame: Frame;
  root: ElementHandle<Element>;
  /** Waits for an element with this role and name inside the sidebar. */
  get(query: RoleQuery): Promise<ElementHandle<Element>>;
  click(query: RoleQuery): Promise<void>;
  /** The sidebar's whole text, whitespace collapsed. */
  text(): Promise<string>;
  /** Waits until the element found by `query` reads `expected`. */
  waitForText(query: RoleQuery, expected: string | RegExp): Promise<string>;
}

async function findSidebar(page: Page): Promise<{ frame: Frame; root: ElementHandle<Element> } | null> {
  const inPage = await queryRole(page.mainFrame(), landmark);
  if (inPage) return { frame: page.mainFrame(), root: inPage };
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    // Over BiDi, Puppeteer can keep reporting an extension iframe's first URL (about:blank) after it loaded
    // its moz-extension:// page, so ask the frame itself where it is.
    const inExtension = await frame
      .evaluate(() => /^(moz|chrome)-extension:$/.test(location.protocol))
      .catch(() => false);
    if (!inExtension) continue;
    const inFrame = await queryRole(frame, landmark);
    if (inFrame) return { frame, root: inFrame };
  }
  return null;
}

/** Waits for the sidebar on `page` and returns a handle scoped to it. */
export async function sidebarOf(page: Page): Promise<Sidebar> {
  const { frame, root } = await waitFor('the Wasla sidebar', () => findSidebar(page));
  return {
    frame,
    root,
    get: (query) => getByRole(frame, query, root),
    async click(query) {
      const element = await getByRole(frame, query, root);
      await element.click();
    },
    text: () => textOf(root),
    waitForText: (query, expected) => waitForText(frame, query, expected, root),
  };
}
