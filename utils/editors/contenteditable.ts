// Any other contenteditable (no editor library recognised): the browser's own editing command.
//
// Why: with no library listening for synthetic events, a synthetic paste or beforeinput would do nothing, while
// `execCommand('insertText')` edits the DOM itself, fires trusted beforeinput/input events that a light
// framework on the page can follow, and goes on the browser's undo stack (one Ctrl+Z removes it).
// It may apply only after the current task in some editors (ENVIRONMENT.md): waitFor watches for it instead of
// firing anything else.
import { contentEditableCheck, waitFor } from './verify';

export function insertIntoContentEditable(root: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  const applied = contentEditableCheck(root, text);
  root.ownerDocument.execCommand('insertText', false, text);
  return waitFor(root, applied, timeoutMs);
}
