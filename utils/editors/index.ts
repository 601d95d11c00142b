// Inserting a reply template into the site's own editor through that editor's own input path, so its model
// changes (Reply/Post enables, undo works) and the text goes in exactly once (GitHub issue #4).
// One method per editor kind, fired once and then watched (see each file for why that method); a failed
// check is reported as `notApplied`, never followed by a second method that could insert the text again.
import { focusEditor } from './focus';
import { insertIntoContentEditable } from './contenteditable';
import { insertIntoDraft } from './draft';
import { resolveEditor, type EditorKind } from './detect';
import { insertIntoLexical } from './lexical';
import { insertIntoTextarea } from './textarea';

export { detectEditor, findEditable, type EditorKind } from './detect';

export type InsertFailure = 'notEditable' | 'notApplied' | 'detached';

export type InsertResult =
  { ok: true; kind: EditorKind } | { ok: false; kind: EditorKind | null; reason: InsertFailure };

export interface InsertOptions {
  /** How long to watch for the editor to show the text before reporting `notApplied`; default 500 ms. */
  timeoutMs?: number;
}

const inserters: Record<EditorKind, (editable: HTMLElement, text: string, timeoutMs: number) => Promise<boolean>> = {
  lexical: insertIntoLexical,
  draft: insertIntoDraft,
  textarea: (editable, text, timeoutMs) => insertIntoTextarea(editable as HTMLTextAreaElement, text, timeoutMs),
  contenteditable: insertIntoContentEditable,
};

/**
 * Inserts `text` into the editor `element` is (or is inside, or wraps): focuses it, replaces its selection or
 * inserts at its caret (after its text when the caret was elsewhere), and leaves the caret after the text.
 */
export async function insertText(
  element: HTMLElement,
  text: string,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const resolved = resolveEditor(element);
  const kind = resolved?.kind ?? null;
  if (!element.isConnected) return { ok: false, kind, reason: 'detached' };
  if (!resolved) return { ok: false, kind, reason: 'notEditable' };
  // Textareas turn '\r\n' into '\n', editors split on either: one form makes the check exact everywhere.
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!(await focusEditor(resolved.editable, resolved.kind))) return { ok: false, kind, reason: 'notEditable' };
  if (normalized === '') return { ok: true, kind: resolved.kind };
  const applied = await inserters[resolved.kind](resolved.editable, normalized, options.timeoutMs ?? 500);
  return applied ? { ok: true, kind: resolved.kind } : { ok: false, kind, reason: 'notApplied' };
}
