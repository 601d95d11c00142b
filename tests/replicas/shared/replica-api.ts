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
}

/** What the page's one mounted composer tells the API. */
export interface MountedComposer {
  modelText(): string;
  submitEnabled(): boolean;
}

export type ReplicaWindow = Window & { __replica: ReplicaApi };

let mountedComposer: MountedComposer | null = null;
const submitted: string[] = [];

function requireComposer(): MountedComposer {
  if (!mountedComposer) throw new Error(`no composer on ${location.pathname}: open a post (or X's /home) first`);
  return mountedComposer;
}

export function installReplicaApi(site: ReplicaSite, editorKind: EditorKind): void {
  const api: ReplicaApi = {
    site,
    editorKind,
    hasComposer: () => mountedComposer !== null,
    modelText: () => requireComposer().modelText(),
    submitEnabled: () => requireComposer().submitEnabled(),
    submitted,
  };
  Object.assign(window, { __replica: api });
}

/** Called by a composer when it mounts; the returned function unregisters it on unmount. */
export function registerComposer(composer: MountedComposer): () => void {
  mountedComposer = composer;
  return () => {
    if (mountedComposer === composer) mountedComposer = null;
  };
}

export function recordSubmission(text: string): void {
  submitted.push(text);
}

/** The sites refuse to send whitespace-only text; so do the replicas. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
