// The one typed port between a site's content script (the page agent) and the sidebar's frame (issue 16). Page
// facts and answers go to the frame; insertion requests, the frame's layout and focus hand-backs go to the page.
// The frame opens it (`browser.tabs.connect` to the top frame of its own tab; in Firefox, which gives the frame no
// `tabs`, through the background's relay), so the host page, which can postMessage into any frame it holds, has
// no way in: a runtime port is only offered to the extension's contexts.
import type { InsertFailure } from '../editors';
import type { Platform } from '../model/record';
import type { AccountIdentity, PageKind } from '../sites/types';

export const sidebarPortName = 'wasla-sidebar';

/** The post or comment a label would be about (the last one clicked or focused on the page, or the open post). */
export interface LabelTarget {
  url: string;
  excerpt: string;
  authorName: string;
  kind: 'post' | 'comment';
}

/** The comment (or, with none, the post) the focused reply box answers: `{{customer}}` and the reply language. */
export interface ReplyingTo {
  authorName: string;
  /** Its text, for the reply language only (never shown, never stored). */
  text: string;
  kind: 'post' | 'comment';
}

/**
 * What the page agent could and could not read, for the "can't read this page yet" diagnostic: which of the
 * adapter's readers found something, and counts. Never any text from the page.
 */
export interface ReadDiagnostic {
  platform: Platform;
  kind: PageKind;
  urlHandle: boolean;
  urlStableId: boolean;
  readers: { account: boolean; followers: boolean; contentRoot: boolean; composer: boolean };
  posts: number;
  comments: number;
}

export interface PageFacts {
  platform: Platform;
  url: string;
  kind: PageKind;
  account: AccountIdentity | null;
  followers: number | null;
  theme: 'light' | 'dark';
  labelTarget: LabelTarget | null;
  /** Null when no reply box has been focused (or the one focused answers nothing the adapter can read). */
  replyingTo: ReplyingTo | null;
  /** Set when the page kind should show an account and no reader found it: the sidebar says so honestly. */
  unreadable: ReadDiagnostic | null;
}

/**
 * `answersOther`: the reply box now answers someone else than the text was rendered for (a comment's Reply fills
 * in its "@author " after focusing the box); the frame renders again for `replyingTo` and retries once.
 */
export type InsertOutcome =
  | { ok: true }
  | { ok: false; reason: 'answersOther'; replyingTo: ReplyingTo | null }
  /**
   * `noComposer`: no reply box to insert into; the editor's own failures (utils/editors); `disconnected`: the
   * link to the page closed before the page agent answered (Firefox's relay, when the background page reloads).
   */
  | { ok: false; reason: 'noComposer' | InsertFailure | 'disconnected' };

/** To the frame. */
export type PageMessage =
  | { type: 'facts'; facts: PageFacts }
  | { type: 'toggle' }
  /** The keyboard command: focus the template search (the page agent has already moved focus to the frame). */
  | { type: 'focusTemplates' }
  /** The Label button next to a post was pressed: focus the label form. */
  | { type: 'focusLabel' }
  | { type: 'answer'; id: number; value: InsertOutcome | string };

/** The size the frame needs, and where it prefers to sit (the UI's inline end). */
export interface FrameLayout {
  open: boolean;
  preferred: 'left' | 'right';
  /** Strings the page agent shows itself (its Label button), in the sidebar's language; null while no client. */
  labelButton: { short: string; post: string; comment: string } | null;
  /** The frame's accessible name, in the sidebar's language. */
  title: string;
}

/** To the page. */
export type FrameMessage =
  | { type: 'layout'; layout: FrameLayout }
  /** `replyingTo`: whom the text was rendered for; the page agent refuses it if the box now answers another. */
  | { type: 'insert'; id: number; text: string; replyingTo: ReplyingTo | null }
  | { type: 'composerText'; id: number }
  /** Focus goes back to the reply box the user came from (Esc, or after an insertion). */
  | { type: 'returnFocus' };
