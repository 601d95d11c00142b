// Lexical (Facebook's comment and reply boxes): one synthetic `beforeinput` with inputType
// `insertReplacementText` and the text in a DataTransfer, built with the page's own constructors so Firefox's
// page scripts can read them (page-world.ts).
//
// Why this event (measured on tests/replicas/facebook, real lexical 0.52 in rich-text mode, as facebook.com runs
// its comment boxes: @lexical/rich-text + history; first measured in plain-text mode, which behaves the same):
// - Lexical's beforeinput handler cancels the event and sends the DataTransfer through
//   CONTROLLED_TEXT_INSERTION_COMMAND, the same path as a paste: rich text makes each line a paragraph, so
//   'Hello Jane,\n\nThanks for asking.\nBest' arrives as four paragraphs (one empty) and is sent exactly as
//   written, in the microtask after dispatch; one Ctrl+Z removes it; the caret lands after it.
// - It inserts at the caret, after a reply box's opening mention of the comment's author (a mention entity):
//   the mention stays one node, untouched (tests/e2e/reply-target.spec.ts checks Lexical's own model).
// - Lexical reads the DOM selection for a `beforeinput` update, but its last stored selection for `paste`. With
//   the caret moved just before (focus came back from the sidebar), paste inserted at the stale caret ('abcdXY'
//   instead of 'abXYcd'); this event inserted at the new one, so no wait for `selectionchange` is needed.
// - (Plain-text mode) `insertFromPaste` with a DataTransfer is cancelled but inserts nothing (its paste handler only
//   reads ClipboardEvent data), and `insertText` with `data` keeps '\n' as literal characters in one text node.
// A synthetic event has no default action, so if no handler takes it nothing is inserted at all.
import { beforeInputWithData } from './page-world';
import { contentEditableCheck, waitFor } from './verify';

export function insertIntoLexical(root: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  const applied = contentEditableCheck(root, text);
  root.dispatchEvent(beforeInputWithData(root.ownerDocument, 'insertReplacementText', text));
  return waitFor(root, applied, timeoutMs);
}
