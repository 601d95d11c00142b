// Putting the caret where the text should go. The user's click on the sidebar took focus away from the editor,
// so insertText focuses it again first; where the caret then is depends on the editor (measured on the
// replicas):
// - A textarea keeps its own selection while unfocused: focusing it is enough.
// - Draft.js empties the DOM selection whenever it loses focus (editOnBlur: the active element is <body>
//   during blur) but keeps the caret in its model, and its paste handler uses the model's caret. So the
//   editor is focused and the paste fired in the same task, before Chrome's new DOM caret reaches the model
//   through `selectionchange`: the text goes where the user left the caret.
// - Lexical and plain contenteditables insert at the DOM selection, which a click on a button leaves in the
//   editor. When the user selected something elsewhere in the page since, Chrome would put the caret at the
//   editor's start on focus; the caret goes after the existing text instead (a reply box may already hold the
//   name being answered).
import type { EditorKind } from './detect';

/** The element that has focus in `element`'s tree (its document or shadow root). */
function activeElementOf(element: HTMLElement): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

function selectionInside(element: HTMLElement): boolean {
  const selection = element.ownerDocument.getSelection();
  return (
    !!selection &&
    selection.rangeCount > 0 &&
    element.contains(selection.anchorNode) &&
    element.contains(selection.focusNode)
  );
}

/** A collapsed caret after the editor's last character (an empty editor: at its start). */
function placeCaretAtEnd(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.length > 0) last = node as Text;
  }
  if (last) selection.setBaseAndExtent(last, last.data.length, last, last.data.length);
  else selection.setBaseAndExtent(element, 0, element, 0);
}

/**
 * Focuses `editable` (see above for where its caret ends up). Returns false when it could not take focus
 * (hidden, inert).
 */
export async function focusEditor(editable: HTMLElement, kind: EditorKind): Promise<boolean> {
  if (activeElementOf(editable) === editable) {
    // Already focused: a caret move made just now (keyboard, click) reaches Draft's model with the next
    // `selectionchange`, a task away.
    if (kind === 'draft') await new Promise((resolve) => setTimeout(resolve, 0));
    return true;
  }
  const caretWasInside = selectionInside(editable);
  editable.focus({ preventScroll: true });
  if (activeElementOf(editable) !== editable) return false;
  if (kind === 'textarea' || kind === 'draft') return true;
  if (!caretWasInside || !selectionInside(editable)) placeCaretAtEnd(editable);
  return true;
}
