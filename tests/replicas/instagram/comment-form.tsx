/** @jsxImportSource react */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isBlank, recordSubmission, registerComposer } from '../shared/replica-api';

// Instagram's comment box: a React-controlled <textarea>. Its value lives in React state, and React only
// updates that state from input events it believes changed the value. So `textarea.value = 'x'` (with or
// without an input event) never reaches the state, while setRangeText + a bubbling input event does. The
// Post button follows the state, as on Instagram.

const label = 'Add a comment…';

export interface CommentFormProps {
  /** Set by a comment's Reply button: the username the box starts with ("@user "), as on Instagram. */
  replyingTo: string | null;
  /** Bumped with each Reply click: the box gets "@user " and the focus, as on Instagram. */
  replyRequest: number;
  onSubmitted: () => void;
}

export function CommentForm({ replyingTo, replyRequest, onSubmitted }: CommentFormProps): ReactNode {
  const [text, setText] = useState('');
  // React's state as last set, readable by window.__replica between renders.
  const latestText = useRef(text);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const submitButton = useRef<HTMLButtonElement | null>(null);

  function changeText(next: string): void {
    latestText.current = next;
    setText(next);
  }

  function submit(): void {
    if (isBlank(latestText.current)) return;
    recordSubmission(latestText.current);
    changeText('');
    onSubmitted();
  }

  useEffect(
    () =>
      registerComposer({
        modelText: () => latestText.current,
        submitEnabled: () => submitButton.current?.disabled === false,
        element: () => textarea.current,
      }),
    [],
  );

  // Instagram's Reply starts the comment with "@user " and puts the caret after it, once that text is rendered.
  const moveCaretToEnd = useRef(false);
  useEffect(() => {
    if (replyRequest === 0 || !replyingTo) return;
    moveCaretToEnd.current = true;
    changeText(`@${replyingTo} `);
  }, [replyRequest, replyingTo]);
  useEffect(() => {
    const box = textarea.current;
    if (!moveCaretToEnd.current || !box) return;
    moveCaretToEnd.current = false;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  });

  return (
    <section className="comment-section">
      <form
        method="POST"
        className="comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <textarea
          ref={textarea}
          aria-label={label}
          placeholder={label}
          autoComplete="off"
          autoCorrect="off"
          className="comment-textarea"
          value={text}
          onChange={(event) => changeText(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter posts, Shift+Enter is a new line; never while an input method is composing.
            if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            submit();
          }}
        />
        <button ref={submitButton} type="submit" className="post-button" disabled={isBlank(text)}>
          Post
        </button>
      </form>
    </section>
  );
}
