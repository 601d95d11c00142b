// Seeing whether an insertion reached the editor. Every method here is fired exactly once and then watched:
// `execCommand('insertText')` has been seen to apply only after the current task, and retrying at once
// produced the text three times (ENVIRONMENT.md), so a failed check is reported, never retried.

/** Text without whitespace: editors render line breaks as <br> or blocks, so only the characters compare. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A check, prepared before inserting `text` into the contenteditable `root`, that passes once its text grew
 * by exactly `text` (minus a replaced selection) and holds `text`: once, not twice, and not lost.
 */
export function contentEditableCheck(root: HTMLElement, text: string): () => boolean {
  const beforeMarkup = root.innerHTML;
  const before = compact(root.textContent ?? '');
  const selection = root.ownerDocument.getSelection();
  const replaced =
    selection && !selection.isCollapsed && root.contains(selection.anchorNode) ? compact(selection.toString()) : '';
  const added = compact(text);
  const expectedLength = before.length - replaced.length + added.length;
  return () => {
    const now = compact(root.textContent ?? '');
    return root.innerHTML !== beforeMarkup && now.length === expectedLength && now.includes(added);
  };
}

/**
 * Resolves true as soon as `check` passes, re-checking on every DOM mutation and `input` event inside
 * `target`; false if it still fails after `timeoutMs`.
 */
export function waitFor(target: HTMLElement, check: () => boolean, timeoutMs: number): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (ok: boolean): void => {
      observer.disconnect();
      target.removeEventListener('input', onInput);
      clearTimeout(timer);
      resolve(ok);
    };
    const onInput = (): void => {
      if (check()) finish(true);
    };
    const observer = new MutationObserver(onInput);
    observer.observe(target, { childList: true, characterData: true, subtree: true });
    target.addEventListener('input', onInput);
    const timer = setTimeout(() => finish(check()), timeoutMs);
  });
}
