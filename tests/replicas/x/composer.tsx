/** @jsxImportSource react */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ContentState, Editor, EditorState, KeyBindingUtil } from 'draft-js';
import { isBlank, recordSubmission, registerComposer } from '../shared/replica-api';

// X's composer: a real Draft.js editor, as on x.com's desktop web app. As on the real page
// (tests/fixtures/real/x-status-article), `data-testid="tweetTextarea_0"` is on the Draft.js contenteditable
// itself (Draft's `webDriverTestID`), inside `tweetTextarea_0_label` > `tweetTextarea_0RichTextInputContainer`.
// The Reply/Post button follows the Draft.js model, not the DOM, which is why text written into the DOM alone
// leaves it disabled on the real site.

export interface ComposerProps {
  placeholder: string;
  submitLabel: 'Reply' | 'Post';
  /** Bumped by the page to move focus into the editor (after a reply button was pressed). */
  focusRequest: number;
  /** Called after a send (the reply dialog closes then). */
  onSubmitted?: () => void;
}

export function DraftComposer({ placeholder, submitLabel, focusRequest, onSubmitted }: ComposerProps): ReactNode {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  // The model as Draft.js last handed it over; read by window.__replica between renders.
  const latestEditorState = useRef(editorState);
  const editor = useRef<Editor | null>(null);
  const submitButton = useRef<HTMLButtonElement | null>(null);
  const input = useRef<HTMLDivElement | null>(null);

  function changeEditorState(next: EditorState): void {
    latestEditorState.current = next;
    setEditorState(next);
  }

  function submit(): void {
    const text = latestEditorState.current.getCurrentContent().getPlainText();
    if (isBlank(text)) return;
    recordSubmission(text);
    // X empties the composer once the post is sent.
    changeEditorState(EditorState.push(latestEditorState.current, ContentState.createFromText(''), 'remove-range'));
    onSubmitted?.();
  }

  useEffect(
    () =>
      registerComposer({
        modelText: () => latestEditorState.current.getCurrentContent().getPlainText(),
        submitEnabled: () => submitButton.current?.disabled === false,
        element: () => input.current?.querySelector('[contenteditable]') ?? null,
      }),
    [],
  );

  useEffect(() => {
    if (focusRequest > 0) editor.current?.focus();
  }, [focusRequest]);

  const canSubmit = !isBlank(editorState.getCurrentContent().getPlainText());
  return (
    <div className="composer">
      <div className="avatar" aria-hidden="true" />
      <div className="composer-body">
        <div data-testid="tweetTextarea_0_label" className="composer-input" ref={input}>
          <div data-testid="tweetTextarea_0RichTextInputContainer">
            <Editor
              ref={editor}
              webDriverTestID="tweetTextarea_0"
              editorState={editorState}
              onChange={changeEditorState}
              placeholder={placeholder}
              ariaLabel="Post text"
              ariaMultiline
              spellCheck
              handleReturn={(event) => {
                // Ctrl/Cmd+Enter sends, as on X; a plain Enter starts a new line (a new Draft.js block).
                if (!KeyBindingUtil.hasCommandModifier(event)) return 'not-handled';
                submit();
                return 'handled';
              }}
            />
          </div>
        </div>
        <div className="composer-toolbar">
          <button
            ref={submitButton}
            type="button"
            role="button"
            data-testid="tweetButtonInline"
            className="primary-button"
            disabled={!canSubmit}
            aria-disabled={canSubmit ? undefined : 'true'}
            onClick={submit}
          >
            <span>{submitLabel}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
