import { describe, expect, it } from 'vitest';
import { detectEditor, findEditable } from '../../../utils/editors/detect';

/** Mounts `html` in a fresh body and returns the element `selector` names in it. */
function mount(html: string, selector: string): HTMLElement {
  document.body.innerHTML = html;
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  return element;
}

const lexical = `
  <div class="comment-box">
    <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…">
      <p dir="auto"><span data-lexical-text="true">Hi</span></p>
    </div>
  </div>`;

const draft = `
  <div data-testid="tweetTextarea_0">
    <div class="DraftEditor-root">
      <div class="DraftEditor-editorContainer">
        <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text">
          <div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block">
            <span><span data-text="true">Hi</span></span>
          </div></div></div>
        </div>
      </div>
    </div>
  </div>`;

describe('detectEditor', () => {
  it('finds Lexical by data-lexical-editor, from its root or from a text span inside it', () => {
    expect(detectEditor(mount(lexical, '[data-lexical-editor]'))).toBe('lexical');
    expect(detectEditor(mount(lexical, 'span[data-lexical-text]'))).toBe('lexical');
  });

  it('finds Draft.js from its contenteditable, a text span inside, or the wrapper X names', () => {
    expect(detectEditor(mount(draft, '.public-DraftEditor-content'))).toBe('draft');
    expect(detectEditor(mount(draft, 'span[data-text]'))).toBe('draft');
    expect(detectEditor(mount(draft, '[data-testid="tweetTextarea_0"]'))).toBe('draft');
  });

  it('finds Draft.js by its .DraftEditor-root ancestor when the content class is missing', () => {
    const html = '<div class="DraftEditor-root"><div contenteditable="true" id="editor"></div></div>';
    expect(detectEditor(mount(html, '#editor'))).toBe('draft');
  });

  it('finds a textarea, React-controlled or plain, and refuses a disabled or read-only one', () => {
    expect(detectEditor(mount('<form><textarea aria-label="Add a comment…"></textarea></form>', 'textarea'))).toBe(
      'textarea',
    );
    expect(detectEditor(mount('<form><textarea></textarea></form>', 'form'))).toBe('textarea');
    expect(detectEditor(mount('<textarea disabled></textarea>', 'textarea'))).toBeNull();
    expect(detectEditor(mount('<textarea readonly></textarea>', 'textarea'))).toBeNull();
  });

  it('falls back to a plain contenteditable, including contenteditable="" and plaintext-only', () => {
    expect(detectEditor(mount('<div contenteditable="true"><b>x</b></div>', 'b'))).toBe('contenteditable');
    expect(detectEditor(mount('<div contenteditable=""></div>', 'div'))).toBe('contenteditable');
    expect(detectEditor(mount('<div contenteditable="plaintext-only"></div>', 'div'))).toBe('contenteditable');
  });

  it('returns null for nothing, non-editable elements, contenteditable="false" and an input', () => {
    expect(detectEditor(null)).toBeNull();
    expect(detectEditor(mount('<h2>Post</h2>', 'h2'))).toBeNull();
    expect(detectEditor(mount('<div contenteditable="false" data-lexical-editor="true">x</div>', 'div'))).toBeNull();
    expect(detectEditor(mount('<input type="text">', 'input'))).toBeNull();
  });

  it('returns null for a wrapper holding two editors: which one is meant is unknown', () => {
    expect(
      detectEditor(mount('<main><textarea></textarea><div contenteditable="true"></div></main>', 'main')),
    ).toBeNull();
  });
});

describe('findEditable', () => {
  it('returns the outermost editing host, not the inner element that was given', () => {
    const root = mount(lexical, '[data-lexical-editor]');
    expect(findEditable(root.querySelector('span'))).toBe(root);
  });

  it('skips a non-editable island (contenteditable="false") inside an editor up to the editor root', () => {
    const html = '<div id="root" contenteditable="true"><span contenteditable="false"><i>chip</i></span></div>';
    const chip = mount(html, 'i');
    expect(findEditable(chip)).toBeNull();
    expect(findEditable(document.querySelector('#root'))).toBe(document.querySelector('#root'));
  });
});
