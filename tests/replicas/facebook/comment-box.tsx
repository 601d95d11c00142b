/** @jsxImportSource react */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { isBlank, recordSubmission, registerComposer } from '../shared/replica-api';

// Facebook's comment box: a real Lexical editor mounted on a contenteditable div (Lexical adds
// data-lexical-editor and renders text as span[data-lexical-text]; contenteditable is ours to set, as in
// Lexical's own React ContentEditable). The Comment button
// follows the Lexical model, which is why text written into the DOM alone never enables it on the real site.

const label = 'Write a comment…';

function readModelText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

/** Sends the comment and empties the box, as Facebook does; does nothing while the box is blank. */
function submitComment(editor: LexicalEditor): void {
  editor.update(() => {
    const root = $getRoot();
    const text = root.getTextContent();
    if (isBlank(text)) return;
    recordSubmission(text);
    const hadSelection = $getSelection() !== null;
    const paragraph = $createParagraphNode();
    root.clear().append(paragraph);
    if (hadSelection) paragraph.select();
  });
}

function mountLexical(rootElement: HTMLElement, onTextChange: (text: string) => void): { editor: LexicalEditor; unmount: () => void } {
  const editor = createEditor({
    namespace: 'replica-facebook-comment',
    theme: { paragraph: 'comment-paragraph' },
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(rootElement);
  // Start with one empty paragraph, as Lexical's own React composer does.
  editor.update(() => {
    const root = $getRoot();
    if (root.isEmpty()) root.append($createParagraphNode());
  });
  const unregister = mergeRegister(
    registerPlainText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    // Enter sends the comment; Shift+Enter falls through to plain text's line break, as on Facebook.
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) return false;
        event?.preventDefault();
        submitComment(editor);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerUpdateListener(({ editorState }) => onTextChange(editorState.read(() => $getRoot().getTextContent()))),
  );
  return {
    editor,
    unmount: () => {
      unregister();
      editor.setRootElement(null);
    },
  };
}

export interface CommentBoxProps {
  /** Name of the commenter being answered, shown as `data-replying-to` on the box's wrapper. */
  replyingTo: string | null;
  /** Bumped by the page to move focus into the box (after a Reply button was pressed). */
  focusRequest: number;
}

export function CommentBox({ replyingTo, focusRequest }: CommentBoxProps): ReactNode {
  const rootElement = useRef<HTMLDivElement | null>(null);
  const submitButton = useRef<HTMLDivElement | null>(null);
  const editor = useRef<LexicalEditor | null>(null);
  const [modelText, setModelText] = useState('');

  useEffect(() => {
    if (!rootElement.current) return;
    const mounted = mountLexical(rootElement.current, setModelText);
    editor.current = mounted.editor;
    const unregisterComposer = registerComposer({
      modelText: () => readModelText(mounted.editor),
      submitEnabled: () => submitButton.current?.getAttribute('aria-disabled') !== 'true',
    });
    return () => {
      unregisterComposer();
      mounted.unmount();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    if (focusRequest > 0) editor.current?.focus();
  }, [focusRequest]);

  const canSubmit = !isBlank(modelText);
  const submit = (): void => {
    if (canSubmit && editor.current) submitComment(editor.current);
  };
  return (
    <form role="presentation" className="comment-form" onSubmit={(event) => event.preventDefault()}>
      <div className="avatar avatar-small" aria-hidden="true" />
      <div className="comment-box" data-replying-to={replyingTo ?? undefined}>
        <div className="comment-input">
          {/* Lexical owns everything inside this div; React renders it empty and never touches it again. */}
          <div
            ref={rootElement}
            contentEditable
            role="textbox"
            aria-label={label}
            aria-placeholder={label}
            spellCheck
            className="comment-editable"
          />
          {modelText === '' ? (
            <div className="comment-placeholder" aria-hidden="true">
              {label}
            </div>
          ) : null}
        </div>
        <div
          ref={submitButton}
          role="button"
          aria-label="Comment"
          aria-disabled={canSubmit ? undefined : 'true'}
          tabIndex={canSubmit ? 0 : -1}
          className="comment-submit"
          onClick={submit}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              submit();
            }
          }}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M2 2l12 6-12 6 2-6z" fill="currentColor" />
          </svg>
        </div>
      </div>
    </form>
  );
}
