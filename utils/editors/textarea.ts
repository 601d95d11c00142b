// Textareas (Instagram's comment box, X's mobile composer; React-controlled or plain): the browser's own
// `execCommand('insertText')` on the focused textarea.
//
// Why (measured on tests/replicas/instagram, a React 18 controlled textarea, Chromium 156):
// - It edits the value natively and fires a trusted `input` event, so React's value tracker sees a change and
//   the state follows; 'Hello Jane,\n\nThanks' arrived exactly, synchronously, caret after it.
// - It goes on the textarea's undo stack: Ctrl+Z removes the inserted text. The alternative,
//   `setRangeText` + a bubbling `input` event, also reaches React's state, but Ctrl+Z then leaves the
//   insertion in place (the browser keeps no undo entry for script edits). Assigning `value` never reaches
//   React at all (its tracker records the assignment, so the input event looks like no change).
// - Being a real edit rather than a synthetic event, it needs no page-world objects in Firefox: measured in
//   Firefox ESR 153 on the Instagram replica by tests/firefox/smoke.test.ts (React's state follows).
// execCommand works on whatever has focus: insertText only calls it after focusEditor confirmed the
// textarea is the active element.
import { waitFor } from './verify';

export function insertIntoTextarea(textarea: HTMLTextAreaElement, text: string, timeoutMs: number): Promise<boolean> {
  const { value, selectionStart, selectionEnd } = textarea;
  const expected = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
  textarea.ownerDocument.execCommand('insertText', false, text);
  return waitFor(textarea, () => textarea.value === expected, timeoutMs);
}
