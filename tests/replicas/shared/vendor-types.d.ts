// Just enough types for the React 18, React DOM and Draft.js APIs the replica apps use.
//
// Why this file exists: the project ships no @types/react, @types/react-dom or @types/draft-js (React is here
// only because Draft.js needs it, for these replicas), and package.json is not the replicas' to change. Delete
// this file when those packages are added as devDependencies. The element attribute types are deliberately
// loose: the replicas imitate other sites' markup (data-testid, aria-*, role on anything), not a typed design.

declare module 'react' {
  export type Key = string | number;
  export interface ReactElement {
    type: unknown;
    props: unknown;
    key: string | null;
  }
  export type ReactNode = ReactElement | string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;

  export interface MutableRefObject<T> {
    current: T;
  }
  export type Ref<T> = MutableRefObject<T | null> | ((instance: T | null) => void) | null;
  export type SetStateAction<S> = S | ((previous: S) => S);
  export type Dispatch<A> = (action: A) => void;
  export type FunctionComponent<P = Record<string, never>> = (props: P) => ReactNode;

  export function useState<S>(initial: S | (() => S)): [S, Dispatch<SetStateAction<S>>];
  export function useRef<T>(initial: T): MutableRefObject<T>;
  export function useEffect(effect: () => void | (() => void), dependencies?: readonly unknown[]): void;
  export function useLayoutEffect(effect: () => void | (() => void), dependencies?: readonly unknown[]): void;
  export function useCallback<T extends (...args: never[]) => unknown>(
    callback: T,
    dependencies: readonly unknown[],
  ): T;
  export function useMemo<T>(factory: () => T, dependencies: readonly unknown[]): T;
  export function useSyncExternalStore<T>(
    subscribe: (onStoreChange: () => void) => () => void,
    getSnapshot: () => T,
  ): T;
  export function memo<P>(component: FunctionComponent<P>): FunctionComponent<P>;
  export const Fragment: unique symbol;
  export const StrictMode: FunctionComponent<{ children?: ReactNode }>;

  /** React's synthetic events: the subset the replicas read. */
  export interface SyntheticEvent<T = Element, E = Event> {
    currentTarget: T;
    target: EventTarget;
    nativeEvent: E;
    defaultPrevented: boolean;
    preventDefault(): void;
    stopPropagation(): void;
  }
  export interface KeyboardEvent<T = Element> extends SyntheticEvent<T, globalThis.KeyboardEvent> {
    key: string;
    shiftKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    altKey: boolean;
  }
  export type MouseEvent<T = Element> = SyntheticEvent<T, globalThis.MouseEvent>;
  export type FormEvent<T = Element> = SyntheticEvent<T>;
  export type ChangeEvent<T = Element> = SyntheticEvent<T>;

  /** Props of a host element. Handlers are methods so a textarea's props still fit the generic element's. */
  export interface HostProps<T extends Element> {
    [attribute: string]: unknown;
    children?: ReactNode;
    ref?: Ref<T>;
    key?: Key;
    className?: string;
    style?: Record<string, string | number | undefined>;
    onClick?(event: MouseEvent<T>): void;
    onKeyDown?(event: KeyboardEvent<T>): void;
    onChange?(event: ChangeEvent<T>): void;
    onSubmit?(event: FormEvent<T>): void;
  }
}

declare module 'react/jsx-runtime' {
  import type { FunctionComponent, HostProps, Key, ReactElement } from 'react';

  export namespace JSX {
    type Element = ReactElement;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's own JSX typing takes components of any props
    type ElementType = string | FunctionComponent<any> | (new (props: any) => unknown);
    interface ElementClass {
      props: unknown;
    }
    interface ElementAttributesProperty {
      props: unknown;
    }
    interface ElementChildrenAttribute {
      children: unknown;
    }
    interface IntrinsicAttributes {
      key?: Key;
    }
    interface IntrinsicElements {
      [tagName: string]: HostProps<HTMLElement>;
      a: HostProps<HTMLAnchorElement>;
      button: HostProps<HTMLButtonElement>;
      div: HostProps<HTMLDivElement>;
      form: HostProps<HTMLFormElement>;
      textarea: HostProps<HTMLTextAreaElement>;
      input: HostProps<HTMLInputElement>;
    }
  }
  export function jsx(type: unknown, props: unknown, key?: Key): ReactElement;
  export function jsxs(type: unknown, props: unknown, key?: Key): ReactElement;
  export const Fragment: unique symbol;
}

declare module 'react-dom' {
  /** Commits the updates made inside `callback` to the DOM before returning. */
  export function flushSync<R>(callback: () => R): R;
}

declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
}

declare module 'draft-js' {
  import type { KeyboardEvent } from 'react';

  export class ContentState {
    static createFromText(text: string, delimiter?: string): ContentState;
    getPlainText(delimiter?: string): string;
    hasText(): boolean;
  }
  export type EditorChangeType = 'insert-characters' | 'remove-range' | 'insert-fragment' | 'split-block';
  export class EditorState {
    static createEmpty(): EditorState;
    static push(editorState: EditorState, content: ContentState, changeType: EditorChangeType): EditorState;
    static moveFocusToEnd(editorState: EditorState): EditorState;
    getCurrentContent(): ContentState;
  }
  export type DraftHandleValue = 'handled' | 'not-handled';
  export interface EditorProps {
    editorState: EditorState;
    onChange(editorState: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    spellCheck?: boolean;
    editorKey?: string;
    webDriverTestID?: string;
    handleReturn?(event: KeyboardEvent, editorState: EditorState): DraftHandleValue;
    ref?: import('react').Ref<Editor>;
  }
  export class Editor {
    constructor(props: EditorProps);
    props: EditorProps;
    focus(): void;
    blur(): void;
  }
  export const KeyBindingUtil: {
    hasCommandModifier(event: KeyboardEvent): boolean;
  };
}
