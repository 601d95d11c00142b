// Draft.js (X's reply and post composer): one synthetic `paste` ClipboardEvent carrying text/plain, built with
// the page's own constructors so Firefox's page scripts can read it (page-world.ts).
//
// Why this event (measured on tests/replicas/x, real draft-js 0.11.7 under React 18):
// - Draft's onPaste cancels it, splits the text into blocks and pushes one 'insert-fragment' change: the model
//   holds 'Hello Jane,\n\nThanks for asking.\nBest' exactly (the blank line is an empty block), synchronously
//   within dispatch; one Ctrl+Z removes it; the caret lands after it; an Arabic block gets
//   `public-DraftStyleDefault-rtl` from Draft's own direction detection.
// - A native `beforeinput` never reaches Draft (React's onBeforeInput is built from `textInput`/keypress): it was
//   left uncancelled and the model stayed empty. `execCommand('insertText')` loses text with blank lines
//   (ENVIRONMENT.md).
// - Draft pastes at the selection in its model, which follows the DOM caret only through `selectionchange`
//   (a paste right after a script moved the DOM caret went to the old caret): focusEditor relies on that to
//   keep the caret the user left.
import { pastePlainText } from './page-world';
import { contentEditableCheck, waitFor } from './verify';

export function insertIntoDraft(root: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  const applied = contentEditableCheck(root, text);
  root.dispatchEvent(pastePlainText(root.ownerDocument, text));
  return waitFor(root, applied, timeoutMs);
}
