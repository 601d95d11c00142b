/**
 * Every selector Wasla uses on instagram.com, in one place. Each names the pages it applies to and how many
 * matches to expect there. Instagram's class names are generated: only roles, aria-labels, tags in landmark
 * context and href shapes are used. Labels are matched in English and Arabic.
 */
export const selectors = {
  /** All pages: the main landmark, 1. Observed for changes. */
  main: 'main[role="main"]',
  /** Account: the profile header, 1 inside main. */
  header: 'header',
  /** Account: the username heading in the header, 1. */
  username: 'h2',
  /** Account: the header's text leaves; the display name is the first outside `notDisplayName`, 1. */
  headerText: 'span',
  /** Account: header parts whose spans are not the display name: counts list, links, buttons, headings. */
  notDisplayName: 'li, a, button, h1, h2',
  /** Account: the followers link, 1; its `span[title]` holds the exact count when shown. */
  followersLink: 'a[href$="/followers/"]',
  /** Post page: 1 (the post); feed: 1 per post. */
  article: 'article',
  /** Inside a post: profile links (`/<user>/`); the author is the first with text, 1+. */
  profileLink: 'a[href]',
  /** Inside a post: the caption, 0–1 (Instagram renders it as the article's `h1`). */
  caption: 'h1',
  /** Inside a post: comments and replies, one `li` each, 0–n (replies nest inside their comment's `li`). */
  comment: 'ul > li',
  /** Inside a post: the boundary of one comment, so a comment's own fields exclude its replies'. */
  commentItem: 'li',
  /** Inside a comment or post: text runs, 1+. */
  text: 'span[dir="auto"]',
  /** Inside a post/comment: the permalink wrapping its `time`, 0–1. */
  permalinkTime: 'a[href] time',
  /** Post, feed: the comment box, 1 per post ("Add a comment…", "إضافة تعليق..."), inside a `form`. */
  composer: 'form textarea',
  /** Post (replica): set on the composer's wrapper after a Reply click, 0–1. */
  replyingTo: '[data-replying-to]',
} as const;

/** `aria-label` of the comment box, English or Arabic; the ellipsis may be `…` or `...`. */
export const composerLabel = /comment|تعليق/i;
