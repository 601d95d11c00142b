/**
 * Every selector Wasla uses on x.com, in one place. Each names the pages it applies to and how many matches
 * to expect there. X marks its landmarks with `data-testid`; its class names are generated and never used.
 */
export const selectors = {
  /**
   * Profile: JSON-LD with the account's id, handle (`additionalName`), name and exact follower count, 1
   * (x-profile-ja). Trusted only when its handle is the address's: X keeps head tags across navigation.
   */
  profileSchema: 'script[data-testid="UserProfileSchema-test"]',
  /** All pages: the timeline column, 1. Observed for changes. */
  primaryColumn: '[data-testid="primaryColumn"]',
  /** All pages: the main landmark, 1. Fallback for `primaryColumn` (remove 2027-06 if replicas never need it). */
  main: 'main[role="main"]',
  /** Profile: the header block with display name and `@handle` in separate leaves, 1. */
  profileName: '[data-testid="UserName"]',
  /**
   * Profile: the followers link, 1 (outside tweets). X links "Followers" to `/verified_followers` since 2024;
   * plain `/followers` is the older link, kept as a fallback (remove 2027-06 if no page shows it).
   */
  followersLink: 'a[href$="/verified_followers"], a[href$="/followers"]',
  /** Profile, post, home: one per tweet, 0–n. */
  tweet: 'article[data-testid="tweet"]',
  /** Inside a tweet: the author's display name and `@handle`, 1 (a quoted tweet adds a second, later one). */
  tweetAuthor: '[data-testid="User-Name"]',
  /** Inside a tweet: the text, 0–1 (media-only tweets have none; a quote adds a later one). */
  tweetText: '[data-testid="tweetText"]',
  /** Inside a tweet: the permalink wraps the timestamp, 1 (a quote adds a later one). */
  tweetTime: 'a[href*="/status/"] time',
  /** Inside a tweet's author block: the timestamp, which is not part of the name, 0–1. */
  time: 'time',
  /** Inside a tweet: its Reply button, 1. */
  replyButton: '[data-testid="reply"]',
  /**
   * Post (inline reply), home (new post), reply dialog: the Draft.js contenteditable itself carries
   * `tweetTextarea_0` (x-status-article; `_1`, `_2`… in a thread being written); its wrappers'
   * ids only start the same (`tweetTextarea_0_label`, `tweetTextarea_0RichTextInputContainer`). The mobile
   * layout uses a textarea with the same test id. 1 per composer.
   */
  composer: '[contenteditable="true"][data-testid^="tweetTextarea_"], textarea[data-testid^="tweetTextarea_"]',
  /** Reply dialog: the modal opened from a tweet's Reply button, 0–1. */
  dialog: '[role="dialog"]',
} as const;
