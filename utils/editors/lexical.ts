// Lexical (Facebook's comment and reply boxes): one synthetic `beforeinput` with inputType
// `insertReplacementText` and the text in a DataTransfer, built with the page's own constructors so Firefox's
// page scripts can read them (page-world.ts).
//
// Why this event (measured on tests/replicas/facebook, real lexical 0.52 + @lexical/plain-text + history):
// - Lexical's beforeinput handler cancels the event and sends the DataTransfer through
//   CONTROLLED_TEXT_INSERTION_COMMAND, the same path as a paste: 'Hello Jane,\n\nThanks for asking.\nBest'
//   arrives in the model exactly (blank line kept as two line breaks), in the microtask after dispatch; one
//   Ctrl+Z removes it; the caret lands after it.
// - Lexical reads the DOM selection for a `beforeinput` update, but its last stored selection for `paste`. With
//   the caret moved just before (focus came back from the sidebar), paste inserted at the stale caret ('abcdXY'
//   instead of 'abXYcd'); this event inserted at the new one, so no wait for `selectionchange` is needed.
// - `insertFromPaste` with a DataTransfer is cancelled but inserts nothing (the plain-text paste handler only
//   reads ClipboardEvent data), and `insertText` with `data` keeps '\n' as literal characters in one text node.
// A synthetic event has no default action, so if no handler takes it nothing is inserted at all.
import { beforeInputWithData } from './page-world';
import { contentEditableCheck, waitFor } from './verify';

export function insertIntoLexical(root: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  const applied = contentEditableCheck(root, text);
  root.dispatchEvent(beforeInputWithData(root.ownerDocument, 'insertReplacementText', text));
  return waitFor(root, applied, timeoutMs);
}
