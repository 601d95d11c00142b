import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../utils/sites/facebook';
import { isAccount, isPost, isReserved, matchUrl } from '../../../utils/sites/facebook/urls';
import { describeUrlTable, type UrlCase } from './url-table';
import { loadHtml, loadReal } from './load-fixture';

const FB = 'https://www.facebook.com';

const ID = '100063765656088';
const PFBID = 'pfbid02pwk1KyH6jtefw3dYQuPQPEESmxCrBGaigyWUdu5JRSbZzAQBAnRDfZsPP7av5ikql';

// Every shape seen in real pages (issue 14, ../shared/real-pages/README.md) plus Facebook's own pages.
const urls: ReadonlyArray<UrlCase> = [
  // account
  [`${FB}/acme.store`, 'account', { handle: 'acme.store' }],
  [`${FB}/Acme.Store/`, 'account', { handle: 'Acme.Store' }],
  [`${FB}/cnn`, 'account', { handle: 'cnn' }],
  [`${FB}/meta`, 'account', { handle: 'meta' }],
  [`${FB}/abc`, 'account', { handle: 'abc' }],
  [`${FB}/acme.store/about`, 'account', { handle: 'acme.store' }],
  [`${FB}/acme.store/followers/`, 'account', { handle: 'acme.store' }],
  [`${FB}/acme.store/reels_tab`, 'account', { handle: 'acme.store' }],
  [`${FB}/acme.store/friends_likes`, 'account', { handle: 'acme.store' }],
  [`${FB}/acme.store/photos`, 'account', { handle: 'acme.store' }],
  [`${FB}/acme.store/videos/`, 'account', { handle: 'acme.store' }],
  [`${FB}/acme.store/about_contact_and_basic_info`, 'account', { handle: 'acme.store' }],
  [`${FB}/acmestore?ref=bookmarks`, 'account', { handle: 'acmestore' }],
  [`${FB}/${ID}`, 'account', { stableId: ID }],
  [`${FB}/${ID}/about`, 'account', { stableId: ID }],
  [`${FB}/profile.php?id=100064123456789`, 'account', { stableId: '100064123456789' }],
  [`${FB}/profile.php?id=100064123456789&sk=about`, 'account', { stableId: '100064123456789' }],
  [`${FB}/people/Acme-Store/100064123456789/`, 'account', { stableId: '100064123456789' }],
  [`${FB}/people/Nebu-Nezzar/${PFBID}/`, 'account', { stableId: PFBID }],
  [`https://m.facebook.com/acme.store`, 'account', { handle: 'acme.store' }],
  // post
  [`${FB}/acme.store/posts/pfbid0abcDEF123456`, 'post', { handle: 'acme.store', postId: 'pfbid0abcDEF123456' }],
  [`${FB}/acme.store/posts/123456789`, 'post', { handle: 'acme.store', postId: '123456789' }],
  [`${FB}/salman.sultan.1/posts/${PFBID}`, 'post', { handle: 'salman.sultan.1', postId: PFBID }],
  [
    `${FB}/Paytm/posts/heres-what-our-founder-has-to-say/694313812720068/`,
    'post',
    { handle: 'Paytm', postId: '694313812720068' },
  ],
  [
    `${FB}/acme.store/posts/%E0%A6%88%E0%A6%A6-system-design/3741738029450159/`,
    'post',
    { handle: 'acme.store', postId: '3741738029450159' },
  ],
  [`${FB}/acme.store/photos/a.123456/7891011121314/`, 'post', { handle: 'acme.store', postId: '7891011121314' }],
  [
    `${FB}/acme.store/photos/pb.100064.-2207520000/7891011121314/?type=3`,
    'post',
    { handle: 'acme.store', postId: '7891011121314' },
  ],
  [`${FB}/acme.store/videos/123456789/`, 'post', { handle: 'acme.store', postId: '123456789' }],
  [`${FB}/acme.store/videos/summer-sale/123456789/`, 'post', { handle: 'acme.store', postId: '123456789' }],
  [`${FB}/acme.store/reels/123456789/`, 'post', { handle: 'acme.store', postId: '123456789' }],
  [`${FB}/${ID}/videos/1234567890/`, 'post', { stableId: ID, postId: '1234567890' }],
  [`${FB}/${ID}/posts/${PFBID}/`, 'post', { stableId: ID, postId: PFBID }],
  [
    `${FB}/permalink.php?story_fbid=123456789&id=100064123456789`,
    'post',
    { stableId: '100064123456789', postId: '123456789' },
  ],
  [
    `${FB}/story.php?story_fbid=123456789&id=100064123456789`,
    'post',
    { stableId: '100064123456789', postId: '123456789' },
  ],
  [`${FB}/photo/?fbid=123456789&set=a.456`, 'post', { postId: '123456789' }],
  [`${FB}/photo.php?fbid=123456789`, 'post', { postId: '123456789' }],
  [`${FB}/reel/123456789`, 'post', { postId: '123456789' }],
  [`${FB}/watch/?v=123456789`, 'post', { postId: '123456789' }],
  // reserved
  [`${FB}/`, 'reserved'],
  [`${FB}/groups/123/`, 'reserved'],
  [`${FB}/groups/123/posts/456/`, 'reserved'],
  [`${FB}/watch/`, 'reserved'],
  [`${FB}/watch/live/`, 'reserved'],
  [`${FB}/marketplace/item/123`, 'reserved'],
  [`${FB}/events/123`, 'reserved'],
  [`${FB}/gaming`, 'reserved'],
  [`${FB}/reel/`, 'reserved'],
  [`${FB}/reels/`, 'reserved'],
  [`${FB}/stories/123`, 'reserved'],
  [`${FB}/messages/t/123`, 'reserved'],
  [`${FB}/friends`, 'reserved'],
  [`${FB}/bookmarks`, 'reserved'],
  [`${FB}/notifications`, 'reserved'],
  [`${FB}/settings`, 'reserved'],
  [`${FB}/help`, 'reserved'],
  [`${FB}/me`, 'reserved'],
  [`${FB}/hashtag/sale`, 'reserved'],
  [`${FB}/search/top?q=acme`, 'reserved'],
  [`${FB}/share/p/1AbCdEf/`, 'reserved'],
  [`${FB}/login/`, 'reserved'],
  [`${FB}/pages/?category=your_pages`, 'reserved'],
  [`${FB}/home.php`, 'reserved'],
  [`${FB}/photo/`, 'reserved'],
  [`${FB}/photo.php?fbid=abc`, 'reserved'],
  [`${FB}/profile.php`, 'reserved'],
  [`${FB}/permalink.php?story_fbid=123`, 'reserved'],
  // unknown
  [`${FB}/acme-store`, 'unknown'],
  [`${FB}/acme.store/posts/`, 'unknown'],
  [`${FB}/acme.store/photos/a.123456/`, 'unknown'],
  [`${FB}/acme.store/something`, 'unknown'],
  [`${FB}/people/Acme-Store/`, 'unknown'],
];

describeUrlTable('facebook', urls, { matchUrl, isAccount, isPost, isReserved });

const at = (doc: Document) => matchUrl(new URL(doc.location.href));

/** A Lexical box as Facebook renders one (contenteditable root, one paragraph), optionally starting with text. */
function lexicalBox(doc: Document, text = ''): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('role', 'textbox');
  box.setAttribute('data-lexical-editor', 'true');
  box.innerHTML = text ? `<p><span data-lexical-text="true">${text}</span></p>` : '<p><br></p>';
  return box;
}

describe('facebook readers on a verified Page (real structure, logged out)', () => {
  const doc = () => loadReal('facebook-page-verified');

  it('reads the Page from its agreeing og tags: name, app-link id as key, handle kept for lookups by name', () => {
    expect(facebookAdapter.readAccount(doc(), at(doc()))).toEqual({
      platform: 'facebook',
      key: '404086626886684',
      handle: 'dailyledger',
      displayName: 'The Daily Ledger',
      stableId: '404086626886684',
    });
  });

  it("reads the heading without the verified badge's SVG title when there are no og tags", () => {
    const page = doc();
    for (const meta of Array.from(page.querySelectorAll('meta[property^="og:"], link[rel="canonical"]'))) meta.remove();
    const badge = page.querySelector('h1 svg title')!;
    expect(badge.textContent).not.toBe('');
    expect(facebookAdapter.readAccount(page, at(page))).toEqual({
      platform: 'facebook',
      key: 'dailyledger',
      handle: 'dailyledger',
      displayName: 'The Daily Ledger',
    });
  });

  it('ignores og:title and the app link when the canonical address names another page (stale after navigation)', () => {
    const page = doc();
    for (const tag of Array.from(page.querySelectorAll('meta[property="og:url"]')))
      tag.setAttribute('content', `${FB}/other.page`);
    page.querySelector('link[rel="canonical"]')?.setAttribute('href', `${FB}/other.page`);
    page.querySelector('meta[property="og:title"]')!.setAttribute('content', 'Other Page');
    expect(facebookAdapter.readAccount(page, at(page))).toEqual({
      platform: 'facebook',
      key: 'dailyledger',
      handle: 'dailyledger',
      displayName: 'The Daily Ledger',
    });
  });

  it('keys by the id in the URL over the app link', () => {
    const page = loadReal('facebook-page-verified', `${FB}/profile.php?id=42`);
    expect(facebookAdapter.readAccount(page, at(page))).toMatchObject({
      key: '42',
      stableId: '42',
      displayName: 'The Daily Ledger',
    });
  });

  it('reads the same Page under its name on a post page: the handle matches the record keyed by id', () => {
    const post = loadReal('facebook-page-verified', `${FB}/dailyledger/posts/pfbid0abcDEF123456`);
    const onPost = facebookAdapter.readAccount(post, at(post))!;
    const onPage = facebookAdapter.readAccount(doc(), at(doc()))!;
    expect(onPost).toMatchObject({ key: 'dailyledger', handle: 'dailyledger', displayName: 'The Daily Ledger' });
    expect(onPost.handle).toBe(onPage.handle);
  });

  it('reads the follower count from the followers link ("21M")', () => {
    expect(facebookAdapter.readFollowerCount(doc())).toBe(21_000_000);
  });
});

describe('facebook readers on a post opened in a dialog (real structure, page without main)', () => {
  const doc = () => loadReal('facebook-post-dialog');

  it('observes the dialog holding the post', () => {
    const page = doc();
    expect(page.querySelector('[role="main"]')).toBeNull();
    expect(facebookAdapter.contentRoot(page)?.getAttribute('role')).toBe('dialog');
  });

  it('reads the account as the author of the post in the dialog', () => {
    expect(facebookAdapter.readAccount(doc(), at(doc()))).toEqual({
      platform: 'facebook',
      key: 'karim.nasser.7',
      handle: 'karim.nasser.7',
      displayName: 'Karim Nasser',
    });
  });

  it('finds comments as articles nested in the post, whatever their translated labels say', () => {
    const page = doc();
    for (const article of Array.from(page.querySelectorAll('[role="article"][aria-label]')))
      article.setAttribute('aria-label', 'ความคิดเห็น');
    const comments = facebookAdapter.readPosts(page).filter((post) => post.kind === 'comment');
    expect(comments).toHaveLength(10);
    expect(comments[0]).toMatchObject({ authorName: 'Karim Nasser', authorHandle: 'karim.nasser.7' });
    expect(comments[0]!.url).toMatch(/^https:\/\/www\.facebook\.com\/karim\.nasser\.7\?comment_id=/);
  });

  it("reads a comment's own body (the lang-marked block), not its buttons", () => {
    const page = doc();
    const first = facebookAdapter.readPosts(page).find((post) => post.kind === 'comment')!;
    const body = first.element.querySelector('[lang]')!;
    const button = page.createElement('div');
    button.setAttribute('role', 'button');
    button.textContent = 'See more';
    body.append(button);
    expect(facebookAdapter.postOf(button)?.text).not.toContain('See more');
    expect(facebookAdapter.postOf(button)?.text.length).toBeGreaterThan(20);
  });

  it('has no comment box while logged out, and never takes the new-post box for one', () => {
    const page = doc();
    expect(facebookAdapter.findComposer(page)).toBeNull();
    page.body.prepend(lexicalBox(page));
    expect(facebookAdapter.findComposer(page)).toBeNull();
  });

  describe('the comment being answered', () => {
    function withAuthors(): { page: Document; comments: Element[] } {
      const page = doc();
      const comments = facebookAdapter
        .readPosts(page)
        .filter((post) => post.kind === 'comment')
        .map((post) => post.element);
      const rename = (comment: Element, name: string) => {
        const link = Array.from(comment.querySelectorAll('a[href]')).find((a) => a.textContent!.trim() !== '')!;
        link.setAttribute('href', `${FB}/${name.toLowerCase().replace(' ', '.')}`);
        link.textContent = name;
      };
      rename(comments[2]!, 'Sara Ali');
      rename(comments[4]!, 'John Doe');
      comments[4]!.querySelector('[lang]')!.textContent = 'Do you ship abroad?';
      return { page, comments };
    }

    it("answers the comment whose author the reply box starts with (Facebook's mention of the comment's author)", () => {
      const { page, comments } = withAuthors();
      const box = lexicalBox(page, 'John Doe');
      comments[7]!.after(box);
      expect(facebookAdapter.findComposer(page)).toBe(box);
      const target = facebookAdapter.replyTarget(box, page);
      expect(target?.element).toBe(comments[4]);
      expect(target).toMatchObject({ authorName: 'John Doe', language: 'en' });
    });

    it('answers the nearest comment above a box opened among the comments', () => {
      const { page, comments } = withAuthors();
      const box = lexicalBox(page);
      comments[2]!.after(box);
      expect(facebookAdapter.replyTarget(box, page)?.element).toBe(comments[2]);
    });

    it("answers the post from the post's own box below all its comments", () => {
      const { page } = withAuthors();
      const box = lexicalBox(page);
      page.querySelector('[role="dialog"]')!.append(box);
      expect(facebookAdapter.replyTarget(box, page)?.kind).toBe('post');
    });
  });
});

describe('facebook readers on a page that did not render (real 2023 shell: meta tags only)', () => {
  it('read no account rather than guess one from a post title', () => {
    const page = loadReal('facebook-post-unrendered');
    expect(facebookAdapter.readAccount(page, at(page))).toBeNull();
    expect(facebookAdapter.readPosts(page)).toEqual([]);
  });
});

describe('facebook readers on an unknown page shape', () => {
  it('return null or nothing without throwing', () => {
    const page = loadHtml('<div><p>Content not available</p></div>', `${FB}/acme.store`);
    expect(facebookAdapter.readAccount(page, matchUrl(new URL(`${FB}/acme.store`)))).toBeNull();
    expect(facebookAdapter.readAccount(page, matchUrl(new URL(`${FB}/acme.store/posts/1`)))).toBeNull();
    expect(facebookAdapter.readFollowerCount(page)).toBeNull();
    expect(facebookAdapter.readPosts(page)).toEqual([]);
    expect(facebookAdapter.findComposer(page)).toBeNull();
    expect(facebookAdapter.contentRoot(page)).toBeNull();
  });
});
