/**
 * Every selector Wasla uses on facebook.com, in one place. Each names the pages it applies to, how many matches
 * to expect there and the real page it was read from (tests/fixtures/real/facebook-*.html, derived from real
 * pages saved in 2023–2026; their sidecars name the sources). Facebook's class names are generated and change
 * weekly, and its labels are translated ("Comment by …" is not English everywhere): only roles, data
 * attributes, meta tags, `lang` and href shapes are used — never a label's words.
 */
export const selectors = {
  /** Account and feed pages: the main landmark, 0–1 (facebook-page-verified). Observed for changes. */
  main: 'div[role="main"]',
  /**
   * Post opened from a feed or a shared link: the dialog holding it, on a page that may have no `main`
   * (facebook-post-dialog), 0–1.
   */
  dialog: 'div[role="dialog"]',
  /** Account (Page/profile): the page name, 1 inside main; a verified badge's `<svg><title>` sits inside it. */
  pageName: 'h1',
  /**
   * Account, post: the page's own address, 0–1 each; `og:title` is the Page's name on its own page. Trusted only
   * when the address agrees: Facebook leaves the first page's tags in place after in-site navigation.
   */
  canonicalLink: 'link[rel="canonical"], meta[property="og:url"]',
  ogTitle: 'meta[property="og:title"]',
  /**
   * Account, current pages only: the app link carrying the numeric id, `fb://profile/<id>` or `fb://page/<id>`,
   * 0–1 (facebook-page-verified has it; the 2023 facebook-post-unrendered does not: keep the fallbacks).
   */
  appLink: 'meta[property="al:android:url"], meta[property="al:ios:url"]',
  /** Account: the followers link, 1 outside posts ("21M followers" with the number in `strong`). */
  followersLink: 'a[href$="/followers/"], a[href$="/followers"], a[href*="sk=followers"]',
  /**
   * Account, feed, post: one per post, and one per comment or reply nested inside its post's, 0–n. A nested
   * article is a comment: its aria-label ("Comment by …") is translated, so it is never read.
   */
  article: 'div[role="article"]',
  /**
   * Inside a post: the author link. `data-ad-rendering-role="profile_name"` wraps the heading on 2025–2026 pages
   * (both real post pages); `h2`–`h4`/`strong` links are the fallback for older or shared posts (remove
   * 2027-06 if no saved page needs it).
   */
  postAuthor: '[data-ad-rendering-role="profile_name"] a[href]',
  postAuthorFallback: 'h2 a[href], h3 a[href], h4 a[href], strong a[href]',
  /** Inside a post: the message, 0–1 (photo-only posts have none). */
  postText:
    'div[data-ad-preview="message"], div[data-ad-comet-preview="message"], [data-ad-rendering-role="story_message"]',
  /** Inside a post: its permalink, 1 (`/posts/`, `permalink.php`, `story.php`, photo and video pages). */
  postLink:
    'a[href*="/posts/"], a[href*="permalink.php"], a[href*="story.php"], a[href*="/photos/"], a[href*="/videos/"]',
  /** Inside a comment: the links; the author is the first with text (the avatar link comes first), 2+. */
  commentLink: 'a[href]',
  /** Inside a comment: its body, marked with the language Facebook detected (`lang="en"`, `lang="bn-IN"`), 1. */
  commentBody: '[lang]',
  /** Inside a comment without a `lang` body (older markup): its text paragraphs. Fallback (remove 2027-06 if no saved page needs it). */
  commentParagraph: 'div[dir="auto"]',
  /** Inside a comment: its permalink carries `comment_id` (logged in), 0–1. */
  commentPermalink: 'a[href*="comment_id="]',
  /** Parts of a comment or post body that are not the writer's words: "See more" buttons, icons, times. */
  notText: '[role="button"], button, svg, time',
  /**
   * Post, feed: Lexical comment and reply boxes, 1 per open box. The "What's on your mind?" box is the same
   * editor; it is told apart by place, not label: comment boxes sit in a post or in the dialog showing one.
   */
  composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
} as const;
