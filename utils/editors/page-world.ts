// Events the page's own editor must read, built with the page's own constructors.
//
// Why: in Firefox a content script runs in a sandbox that sees the page through Xray wrappers, and objects it
// creates (a DataTransfer, an event init dictionary, the event itself) belong to that sandbox, not to the page
// (MDN: "Sharing objects with page scripts"). Observed in Firefox ESR 153 by tests/firefox/smoke.test.ts: with
// the DataTransfer and `beforeinput` made in the content script, Lexical inserted nothing; made with the page's
// constructors (`window.wrappedJSObject`, the page's own global), it inserts exactly. Chromium's isolated
// worlds share DOM objects and have no `wrappedJSObject`: there this window's constructors are used, the same
// events as before.

type PageGlobal = Window & typeof globalThis;

function pageGlobal(doc: Document): PageGlobal {
  const win = doc.defaultView as (PageGlobal & { wrappedJSObject?: PageGlobal }) | null;
  if (!win) throw new Error('document has no window');
  return win.wrappedJSObject ?? win;
}

/** A DataTransfer holding `text` as text/plain, owned by the page. */
function pageDataTransfer(page: PageGlobal, text: string): DataTransfer {
  const data = new page.DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** An init dictionary owned by the page (a plain object literal here would belong to the sandbox). */
function pageInit<T extends object>(page: PageGlobal, fields: T): T {
  const init = new page.Object() as T;
  for (const [key, value] of Object.entries(fields)) (init as Record<string, unknown>)[key] = value;
  return init;
}

const bubbling = { bubbles: true, cancelable: true, composed: true };

/**
 * A `paste` ClipboardEvent carrying `text` as text/plain, readable by the page's handlers. Gecko's constructor
 * ignores `clipboardData` (the event got an empty DataTransfer: Draft.js pasted nothing) and fills its own from
 * the Gecko-only init members `dataType` and `data` (dom/events/ClipboardEvent.cpp); Chromium ignores those two
 * and takes `clipboardData`. Both are given, so each engine reads the one it knows.
 */
export function pastePlainText(doc: Document, text: string): ClipboardEvent {
  const page = pageGlobal(doc);
  const init = { ...bubbling, clipboardData: pageDataTransfer(page, text), dataType: 'text/plain', data: text };
  return new page.ClipboardEvent('paste', pageInit(page, init));
}

/** A `beforeinput` of `inputType` carrying `text` in a DataTransfer, readable by the page's handlers. */
export function beforeInputWithData(doc: Document, inputType: string, text: string): InputEvent {
  const page = pageGlobal(doc);
  return new page.InputEvent(
    'beforeinput',
    pageInit(page, { ...bubbling, inputType, dataTransfer: pageDataTransfer(page, text) }),
  );
}
