// `window.__replica`: what a test reads to tell a real insertion (the editor's own model changed, so the site
// would send it) from a DOM-only write (the screen changed, the model did not).

export type ReplicaSite = 'facebook' | 'instagram' | 'x';
export type EditorKind = 'draft' | 'lexical' | 'textarea';

export interface ReplicaApi {
  readonly site: ReplicaSite;
  readonly editorKind: EditorKind;
  /** Whether this page has a composer (a post page, or X's /home). */
  hasComposer(): boolean;
  /** The composer's text as its editor library holds it (never read from the DOM). Throws without a composer. */
  modelText(): string;
  /** Whether the composer's submit control is enabled as rendered (what a user could click). */
  submitEnabled(): boolean;
  /** Texts sent with the Reply/Comment/Post control or its keyboard shortcut, oldest first. */
  readonly submitted: string[];
  /** The composer's mention entities as its editor holds them (Facebook's reply box); [] elsewhere. */
  mentions(): string[];
}

/** What a mounted composer tells the API. */
export interface MountedComposer {
  modelText(): string;
  submitEnabled(): boolean;
  /** The composer's editable element, to tell which of several boxes has focus. */
  element(): Element | null;
  mentions?(): string[];
}

export type ReplicaWindow = Window & { __replica: ReplicaApi };

/**
 * Every mounted composer, oldest first. A page may show several (Facebook's reply box under a comment next to
 * the post's own box, X's reply dialog over the inline composer): the API speaks for the focused one, else the
 * one opened last (a click on the sidebar takes focus away from the box the user was writing in).
 */
const mountedComposers: MountedComposer[] = [];
const submitted: string[] = [];

function requireComposer(): MountedComposer {
  const active = document.activeElement;
  const composer =
    mountedComposers.find((candidate) => active !== null && candidate.element()?.contains(active)) ??
    mountedComposers.at(-1);
  if (!composer) throw new Error(`no composer on ${location.pathname}: open a post (or X's /home) first`);
  return composer;
}

export function installReplicaApi(site: ReplicaSite, editorKind: EditorKind): void {
  const api: ReplicaApi = {
    site,
    editorKind,
    hasComposer: () => mountedComposers.length > 0,
    modelText: () => requireComposer().modelText(),
    submitEnabled: () => requireComposer().submitEnabled(),
    submitted,
    mentions: () => requireComposer().mentions?.() ?? [],
  };
  Object.assign(window, { __replica: api });
}

/** Called by a composer when it mounts; the returned function unregisters it on unmount. */
export function registerComposer(composer: MountedComposer): () => void {
  mountedComposers.push(composer);
  return () => {
    const at = mountedComposers.indexOf(composer);
    if (at >= 0) mountedComposers.splice(at, 1);
  };
}

export function recordSubmission(text: string): void {
  submitted.push(text);
}

/** The sites refuse to send whitespace-only text; so do the replicas. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
