/** @jsxImportSource react */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { isBlank, recordSubmission, registerComposer } from '../shared/replica-api';

// Facebook's comment and reply boxes: a real Lexical editor in RICH-TEXT mode (as facebook.com runs it: the box
// keeps paragraphs and entity nodes), mounted on a contenteditable div (Lexical adds data-lexical-editor and
// renders text as span[data-lexical-text]; contenteditable is ours to set, as in Lexical's own React
// ContentEditable). A reply box opened from a comment's Reply starts with a mention of the comment's author: a
// token-mode text node (deleted, never edited, as a whole, like Facebook's mention entity) and a space. The
// Comment button follows the Lexical model, which is why text written into the DOM alone never enables it on
// the real site.

/**
 * The text the box would send: its paragraphs joined by one line break, as Facebook sends a comment (Lexical's
 * own `getTextContent` puts a blank line between blocks).
 */
function readModelText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  );
}

/** Sends the comment and empties the box, as Facebook does; does nothing while the box is blank. */
function submitComment(editor: LexicalEditor): void {
  editor.update(() => {
    const root = $getRoot();
    const text = root
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n');
    if (isBlank(text)) return;
    recordSubmission(text);
    const hadSelection = $getSelection() !== null;
    const paragraph = $createParagraphNode();
    root.clear().append(paragraph);
    if (hadSelection) paragraph.select();
  });
}

/** The mention nodes' texts, in order (token-mode text nodes). */
function readMentions(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getAllTextNodes()
      .filter((node) => $isTextNode(node) && node.isToken())
      .map((node) => node.getTextContent()),
  );
}

function mountLexical(
  rootElement: HTMLElement,
  mention: string | null,
  onTextChange: (text: string) => void,
): { editor: LexicalEditor; unmount: () => void } {
  const editor = createEditor({
    namespace: 'replica-facebook-comment',
    nodes: [HeadingNode, QuoteNode],
    theme: { paragraph: 'comment-paragraph', text: { bold: 'comment-bold' } },
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(rootElement);
  // Start with one paragraph, as Lexical's own React composer does: empty, or the mention, a space and the caret.
  editor.update(
    () => {
      const root = $getRoot();
      if (!root.isEmpty()) return;
      const paragraph = $createParagraphNode();
      root.append(paragraph);
      if (mention) {
        const name = $createTextNode(mention).setMode('token');
        name.setStyle('color: #0064d1; font-weight: 600');
        const space = $createTextNode(' ');
        paragraph.append(name, space);
        space.select(1, 1);
      }
    },
    { discrete: true },
  );
  const unregister = mergeRegister(
    registerRichText(editor),
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
    editor.registerUpdateListener(() => onTextChange(readModelText(editor))),
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
  /** The reply box's opening mention: the name of the comment's author (null: the post's own box). */
  mention?: string | null;
  /** Take focus when mounted (a reply box opened by Reply). */
  autoFocus?: boolean;
}

export function CommentBox({ mention = null, autoFocus = false }: CommentBoxProps): ReactNode {
  const label = mention ? 'Write a reply…' : 'Write a comment…';
  const rootElement = useRef<HTMLDivElement | null>(null);
  const submitButton = useRef<HTMLDivElement | null>(null);
  const editor = useRef<LexicalEditor | null>(null);
  const [modelText, setModelText] = useState('');

  useEffect(() => {
    if (!rootElement.current) return;
    const mounted = mountLexical(rootElement.current, mention, setModelText);
    editor.current = mounted.editor;
    const element = rootElement.current;
    const unregisterComposer = registerComposer({
      modelText: () => readModelText(mounted.editor),
      submitEnabled: () => submitButton.current?.getAttribute('aria-disabled') !== 'true',
      element: () => element,
      mentions: () => readMentions(mounted.editor),
    });
    if (autoFocus) mounted.editor.focus();
    return () => {
      unregisterComposer();
      mounted.unmount();
      editor.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the editor is mounted once, as on the site; later prop changes go through its own updates
  }, []);

  const canSubmit = !isBlank(modelText);
  const submit = (): void => {
    if (canSubmit && editor.current) submitComment(editor.current);
  };
  return (
    <form role="presentation" className="comment-form" onSubmit={(event) => event.preventDefault()}>
      <div className="avatar avatar-small" aria-hidden="true" />
      <div className="comment-box">
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
