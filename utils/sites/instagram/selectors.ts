/**
 * Every selector Wasla uses on instagram.com, in one place. Each names the pages it applies to and how many
 * matches to expect there, and the real page it was read from (tests/fixtures/real/instagram-*.html, derived
 * from real pages saved in 2025–2026; their sidecars name the sources). Instagram's class names are generated
 * and its labels are translated: only landmarks, tags, `title`/`datetime` attributes, meta tags and href
 * shapes are used — never a label's words.
 */
export const selectors = {
  /** All pages: the main landmark, 1 (instagram-profile-*, instagram-post-*, instagram-reel). Observed for changes. */
  main: 'main[role="main"]',
  /**
   * Account, post: the page's own address and title, 1 each. Trusted only when they name the address's
   * account or post: the SPA leaves the first page's tags in place after in-site navigation.
   */
  ogUrl: 'meta[property="og:url"]',
  ogTitle: 'meta[property="og:title"]',
  /** Account: the profile header, 1 inside main. */
  header: 'header',
  /** Account: the username heading in the header, 1 (inside a link whose href may be `#`). */
  username: 'h2',
  /** Account: header text runs; the display name is the first one made of text only, 1+. */
  headerText: 'span[dir="auto"]',
  /** Account: header parts whose text is not the display name: links, buttons, headings, pictures. */
  notDisplayName: 'a, button, [role="button"], h1, h2, svg',
  /**
   * Account: the one header element with a numeric `title` is the exact follower count ("698,079,524"
   * under "698M"), in every UI language and even when its link's href is `#` (instagram-profile-ko).
   */
  titledCount: 'span[title]',
  /**
   * Account: the followers link, 1 when its href is real (instagram-profile-en); fallback for `titledCount` when
   * the count is not abbreviated and so has no title (remove 2027-06 if every saved page shows the title).
   */
  followersLink: 'a[href$="/followers/"]',
  /**
   * Feed: one per post, 0–n (no saved feed page yet: kept from the previous readers, check against one). Post
   * and reel pages have none (instagram-post-*): the post is `main` itself.
   */
  article: 'article',
  /** Post opened over a feed or profile: the dialog holding it, 0–1. */
  dialog: '[role="dialog"]',
  /** Inside a post: account links (`/<user>/`); an author is the first with text, 1+. */
  profileLink: 'a[href]',
  /** Inside a post: each comment's permalink `/<code>/c/<id>/` wraps its `time`, 0–n (instagram-post-pt: 15). */
  commentPermalink: 'a[href*="/c/"]',
  /** Inside a post: timestamps; the caption's is not a link, each comment's is inside its permalink, 1+. */
  time: 'time',
  /** Text that is not the writer's words: links (names, permalinks), buttons (Reply, likes), icons. */
  notText: 'a, time, button, [role="button"], svg',
  /** Post, feed: the comment box, 1 per post, inside a `form` (instagram-post-composer). */
  composer: 'form textarea',
} as const;
