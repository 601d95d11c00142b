// Which kind of editor an element belongs to, decided from the DOM the editor library leaves behind (never from
// generated class names): Lexical marks its root with data-lexical-editor, Draft.js wraps its contenteditable
// in .DraftEditor-root and names it .public-DraftEditor-content.

export type EditorKind = 'lexical' | 'draft' | 'textarea' | 'contenteditable';

const editableValues = new Set(['', 'true', 'plaintext-only']);

function isEditableHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && editableValues.has(value.toLowerCase());
}

function isUsableTextarea(element: Element): element is HTMLTextAreaElement {
  return (
    element.localName === 'textarea' &&
    !(element as HTMLTextAreaElement).disabled &&
    !(element as HTMLTextAreaElement).readOnly
  );
}

/** The outermost editing host around `element` (Lexical/Draft put contenteditable on their root only). */
function editingHost(element: Element): HTMLElement | null {
  const nearest = element.closest('[contenteditable]');
  if (!nearest || !isEditableHost(nearest)) return null;
  let host = nearest;
  for (
    let outer = host.parentElement?.closest('[contenteditable]');
    outer && isEditableHost(outer);
    outer = outer.parentElement?.closest('[contenteditable]')
  ) {
    host = outer;
  }
  return host as HTMLElement;
}

/**
 * The element text is inserted into, given the focused (or last focused) element, something inside an editor,
 * or a wrapper holding exactly one editor (X's `[data-testid="tweetTextarea_0"]` wraps Draft.js).
 * Null when there is nothing editable there (a disabled or read-only textarea counts as nothing).
 */
export function findEditable(element: Element | null): HTMLElement | null {
  if (!element) return null;
  if (element.localName === 'textarea') return isUsableTextarea(element) ? element : null;
  const host = editingHost(element);
  if (host) return host;
  const inside = element.querySelectorAll('textarea, [contenteditable]');
  const candidates = [...inside].map((candidate) => findEditable(candidate)).filter((found) => found !== null);
  const unique = [...new Set(candidates)];
  return unique.length === 1 ? unique[0]! : null;
}

function kindOf(editable: HTMLElement): EditorKind {
  if (editable.localName === 'textarea') return 'textarea';
  if (editable.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (editable.classList.contains('public-DraftEditor-content') || editable.closest('.DraftEditor-root'))
    return 'draft';
  return 'contenteditable';
}

/** The kind of editor `element` is, is inside, or wraps; null when it is not editable. */
export function detectEditor(element: Element | null): EditorKind | null {
  const editable = findEditable(element);
  return editable ? kindOf(editable) : null;
}

/** The editable element and its kind, for `insertText`. */
export function resolveEditor(element: Element | null): { editable: HTMLElement; kind: EditorKind } | null {
  const editable = findEditable(element);
  return editable ? { editable, kind: kindOf(editable) } : null;
}
