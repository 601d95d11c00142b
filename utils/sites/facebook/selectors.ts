/**
 * Every selector Wasla uses on facebook.com, in one place. Each names the pages it applies to and how many
 * matches to expect there. Facebook's class names are generated and change weekly: only roles, aria-labels,
 * data attributes and href shapes are used. Labels are matched in English and Arabic.
 */
export const selectors = {
  /** All pages: the main landmark, 1. Observed for changes. */
  main: 'div[role="main"]',
  /** Account (Page/profile): the page name, 1 inside main. */
  pageName: 'h1',
  /**
   * Account, first load only: the app link carrying the numeric id, `fb://profile/<id>` or `fb://page/<id>`, 1.
   * Facebook does not update it on in-site navigation (see `canonicalLink`).
   */
  appLink: 'meta[property="al:android:url"]',
  /** Account, first load: the page's own address, 0–1 each; used to tell whether `appLink` is stale. */
  canonicalLink: 'link[rel="canonical"], meta[property="og:url"]',
  /** Account: the followers link, 1 outside posts ("12K followers", "١٢ ألف متابع"). */
  followersLink: 'a[href$="/followers/"], a[href$="/followers"], a[href*="sk=followers"]',
  /** Account, feed, post: one per post and one per comment or reply (nested inside), 0–n. */
  article: 'div[role="article"]',
  /**
   * Inside a post: the author link in its heading, 1. `h4`/`strong` are fallbacks for shared and group posts
   * seen on the real site in 2025 (remove 2027-06 if the replicas and real pages only use h2/h3).
   */
  postAuthor: 'h2 a[href], h3 a[href], h4 a[href], strong a[href]',
  /**
   * Inside a post: the message, 0–1 (photo-only posts have none). `data-ad-comet-preview` is the older attribute,
   * a fallback (remove 2027-06 if no page shows it).
   */
  postText: 'div[data-ad-preview="message"], div[data-ad-comet-preview="message"]',
  /** Inside a post: its permalink, 1 (`/posts/`, `permalink.php`, `story.php`). */
  postLink: 'a[href*="/posts/"], a[href*="permalink.php"], a[href*="story.php"]',
  /** Inside a comment: the links; the author is the first with text (the avatar link comes first), 2+. */
  commentLink: 'a[href]',
  /** Inside a comment: its text paragraphs, 1+. */
  commentText: 'div[dir="auto"]',
  /** Inside a comment: its permalink carries `comment_id`, 0–1. */
  commentPermalink: 'a[href*="comment_id="]',
  /**
   * Post, feed: Lexical comment and reply boxes, 1 per open box ("Write a comment…", "Write a reply…",
   * "اكتب تعليقًا…", "اكتب ردًا…"); filtered by `composerLabel` so the "What's on your mind?" box is
   * skipped.
   */
  composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  /** Post: the submit button next to the comment box, 1 per box. */
  submit: 'div[role="button"][aria-label="Comment"], div[role="button"][aria-label="تعليق"]',
  /** Post (replica): set on the composer's wrapper after a Reply click, 0–1. */
  replyingTo: '[data-replying-to]',
} as const;

/** `aria-label` of a comment article: "Comment by Sara", "Reply by Sara", "تعليق بواسطة سارة", "رد بواسطة". */
export const commentLabel = /^(?:Comment by|Reply by|تعليق بواسطة|رد بواسطة|ردّ بواسطة)\s+/;
/** `aria-label` of a comment/reply box (not the new-post box). */
export const composerLabel = /comment|reply|تعليق|تعليقًا|رد|الرد/i;
/** `aria-label` of a box that answers a comment rather than the post. */
export const replyComposerLabel = /reply|رد/i;
