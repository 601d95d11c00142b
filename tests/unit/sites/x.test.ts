import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../utils/sites/x';
import { isAccount, isPost, isReserved, matchUrl } from '../../../utils/sites/x/urls';
import { describeUrlTable, type UrlCase } from './url-table';
import { loadFixture, loadHtml, loadReal } from './load-fixture';

const RLM = '\u200F';

const urls: ReadonlyArray<UrlCase> = [
  // account
  ['https://x.com/acme_store', 'account', { handle: 'acme_store' }],
  ['https://x.com/Acme_Store/', 'account', { handle: 'Acme_Store' }],
  ['https://x.com/acme_store/with_replies', 'account', { handle: 'acme_store' }],
  ['https://x.com/acme_store/media', 'account', { handle: 'acme_store' }],
  ['https://x.com/acme_store/verified_followers', 'account', { handle: 'acme_store' }],
  ['https://x.com/acme_store/highlights', 'account', { handle: 'acme_store' }],
  ['https://x.com/acme_store/articles', 'account', { handle: 'acme_store' }],
  ['https://x.com/acme_store/photo', 'account', { handle: 'acme_store' }],
  ['https://twitter.com/acme_store', 'account', { handle: 'acme_store' }],
  ['https://x.com/a?s=20', 'account', { handle: 'a' }],
  ['https://x.com/x', 'account', { handle: 'x' }],
  // post
  [
    'https://x.com/acme_store/status/1860000000000000001',
    'post',
    { handle: 'acme_store', postId: '1860000000000000001' },
  ],
  [
    'https://x.com/acme_store/status/1860000000000000001/photo/1',
    'post',
    { handle: 'acme_store', postId: '1860000000000000001' },
  ],
  [
    'https://x.com/acme_store/status/1860000000000000001/analytics',
    'post',
    { handle: 'acme_store', postId: '1860000000000000001' },
  ],
  ['https://x.com/i/web/status/1860000000000000001', 'post', { postId: '1860000000000000001' }],
  ['https://x.com/i/status/1860000000000000001', 'post', { postId: '1860000000000000001' }],
  [
    'https://x.com/arscontexta/article/2013045749580259680',
    'post',
    { handle: 'arscontexta', postId: '2013045749580259680' },
  ],
  ['https://x.com/i/article/2013045749580259680', 'post', { postId: '2013045749580259680' }],
  [
    'https://x.com/acme_store/status/1860000000000000001/quotes',
    'post',
    { handle: 'acme_store', postId: '1860000000000000001' },
  ],
  [
    'https://twitter.com/acme_store/status/1860000000000000001?s=20',
    'post',
    { handle: 'acme_store', postId: '1860000000000000001' },
  ],
  // reserved
  ['https://x.com/', 'reserved'],
  ['https://x.com/home', 'reserved'],
  ['https://x.com/explore/tabs/trending', 'reserved'],
  ['https://x.com/search?q=acme', 'reserved'],
  ['https://x.com/i/bookmarks', 'reserved'],
  ['https://x.com/settings/profile', 'reserved'],
  ['https://x.com/messages', 'reserved'],
  ['https://x.com/notifications', 'reserved'],
  ['https://x.com/compose/post', 'reserved'],
  ['https://x.com/hashtag/acme', 'reserved'],
  ['https://x.com/login', 'reserved'],
  ['https://x.com/tos', 'reserved'],
  ['https://x.com/Privacy', 'reserved'],
  ['https://x.com/jobs', 'reserved'],
  ['https://x.com/premium', 'reserved'],
  ['https://x.com/lists', 'reserved'],
  ['https://x.com/i/lists/123', 'reserved'],
  ['https://x.com/i/communities/123', 'reserved'],
  ['https://x.com/messages/123-456', 'reserved'],
  ['https://x.com/i/grok', 'reserved'],
  ['https://x.com/i/article/', 'reserved'],
  // unknown
  ['https://x.com/this_handle_is_too_long', 'unknown'],
  ['https://x.com/acme-store', 'unknown'],
  ['https://x.com/acme_store/status/abc', 'unknown'],
  ['https://x.com/acme_store/something_new', 'unknown'],
  ['https://x.com/acme_store/article/abc', 'unknown'],
];

describeUrlTable('x', urls, { matchUrl, isAccount, isPost, isReserved });

describe('x readers on a profile', () => {
  const url = 'https://x.com/acme_store';
  const doc = () => loadFixture('x-profile.html', url);

  it('reads the identity with the display name verbatim (markup-like text, RLM and emoji kept)', () => {
    expect(xAdapter.readAccount(doc(), matchUrl(new URL(url)))).toEqual({
      platform: 'x',
      key: 'acme_store',
      handle: 'acme_store',
      displayName: `<b>Acme</b> ${RLM}متجر 🚀`,
    });
  });

  it('returns null when the header still shows the previous profile (mid-navigation)', () => {
    expect(xAdapter.readAccount(doc(), matchUrl(new URL('https://x.com/someone_else')))).toBeNull();
  });

  it('reads the follower count from the verified_followers link', () => {
    expect(xAdapter.readFollowerCount(doc())).toBe(12_500);
  });

  it('reads the timeline as posts with author, language and canonical permalink', () => {
    const posts = xAdapter.readPosts(doc());
    expect(posts.map(({ element: _, ...post }) => post)).toEqual([
      {
        url: 'https://x.com/acme_store/status/1860000000000000001',
        authorName: `<b>Acme</b> ${RLM}متجر 🚀`,
        authorHandle: 'acme_store',
        text: 'وصلت التشكيلة الجديدة! تسوقوا الآن',
        language: 'ar',
        kind: 'post',
      },
      {
        url: 'https://x.com/acme_store/status/1860000000000000002',
        authorName: 'Acme',
        authorHandle: 'acme_store',
        text: 'New arrivals are in. Shop now 🛍️',
        language: 'en',
        kind: 'post',
      },
    ]);
  });

  it('ignores a followers link of another account (previous page still rendered)', () => {
    expect(xAdapter.readFollowerCount(loadFixture('x-profile.html', 'https://x.com/someone_else'))).toBeNull();
  });

  it('observes the primary column', () => {
    expect(xAdapter.contentRoot(doc())?.getAttribute('data-testid')).toBe('primaryColumn');
  });
});

describe('x readers on a post page', () => {
  const url = 'https://x.com/acme_store/status/1860000000000000001';
  const doc = () => loadFixture('x-status.html', url);

  it('reads the account as the post author', () => {
    expect(xAdapter.readAccount(doc(), matchUrl(new URL(url)))).toEqual({
      platform: 'x',
      key: 'acme_store',
      handle: 'acme_store',
      displayName: 'Acme',
    });
  });

  it('marks the focal tweet as the post and the tweets after it as comments, with language', () => {
    const posts = xAdapter.readPosts(doc());
    expect(posts.map((post) => [post.kind, post.authorHandle, post.language])).toEqual([
      ['post', 'acme_store', 'ar'],
      ['comment', 'sara_q', 'ar'],
      ['comment', 'john_doe', 'en'],
      ['comment', 'fan_42', 'other'],
    ]);
    expect(posts[1]!.authorName).toBe(`سارة ${RLM}🌸`);
  });

  it('finds the Draft.js contenteditable that carries tweetTextarea_0 itself, not its wrappers', () => {
    const composer = xAdapter.findComposer(doc());
    expect(composer?.getAttribute('contenteditable')).toBe('true');
    expect(composer?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });

  it('answers the post from the inline composer, which sits under it and above the replies', () => {
    const page = doc();
    const target = xAdapter.replyTarget(xAdapter.findComposer(page)!, page);
    expect(target?.kind).toBe('post');
    expect(target?.url).toBe(url);
  });

  it("answers the tweet shown in the reply dialog opened from a reply's Reply button", () => {
    const page = doc();
    const dialog = page.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(page.getElementById('reply-john')!.cloneNode(true));
    const editor = page.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('data-testid', 'tweetTextarea_0');
    dialog.append(editor);
    page.body.append(dialog);
    expect(xAdapter.findComposer(page)).toBe(editor);
    const target = xAdapter.replyTarget(editor, page);
    expect(target?.element.id).toBe('reply-john');
    expect(target).toMatchObject({ authorName: 'John Doe', language: 'en' });
  });

  it('answers the account linked as "@handle" in a reply dialog that shows no tweet, whatever the UI language', () => {
    const page = doc();
    const dialog = page.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<div>Respondendo a <a href="/sara_q">@sara_q</a></div>';
    const editor = page.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('data-testid', 'tweetTextarea_0');
    dialog.append(editor);
    page.body.append(dialog);
    expect(xAdapter.replyTarget(editor, page)?.element.id).toBe('reply-sara');
  });

  it('finds the tweet containing an element (postOf)', () => {
    const page = doc();
    const button = page.querySelector('#reply-sara [data-testid="reply"]')!;
    expect(xAdapter.postOf(button)?.url).toBe('https://x.com/sara_q/status/1860000000000000010');
    expect(xAdapter.postOf(page.body)).toBeNull();
  });
});

describe('x readers on an unknown page shape', () => {
  const doc = () => loadHtml('<main><div><h1>Something went wrong</h1></div></main>', 'https://x.com/acme_store');

  it('return null or nothing without throwing', () => {
    const page = doc();
    expect(xAdapter.readAccount(page, matchUrl(new URL('https://x.com/acme_store')))).toBeNull();
    expect(xAdapter.readAccount(page, matchUrl(new URL('https://x.com/acme_store/status/1')))).toBeNull();
    expect(xAdapter.readFollowerCount(page)).toBeNull();
    expect(xAdapter.readPosts(page)).toEqual([]);
    expect(xAdapter.findComposer(page)).toBeNull();
    expect(xAdapter.contentRoot(page)).toBeNull();
  });

  it('returns null for reserved pages', () => {
    expect(xAdapter.readAccount(loadFixture('x-profile.html', 'https://x.com/home'), { kind: 'reserved' })).toBeNull();
  });
});

const at = (doc: Document) => matchUrl(new URL(doc.location.href));

describe('x readers on a profile (real structure, Japanese UI)', () => {
  const doc = () => loadReal('x-profile-ja');

  it('reads the account and the exact follower count from UserProfileSchema-test JSON-LD', () => {
    expect(xAdapter.readAccount(doc(), at(doc()))).toEqual({
      platform: 'x',
      key: 'snowreport_jp',
      handle: 'snowreport_jp',
      displayName: '雪山情報室',
    });
    expect(xAdapter.readFollowerCount(doc())).toBe(69_211);
  });

  it('falls back to the header when the JSON-LD names another account (kept from the previous page)', () => {
    const page = doc();
    const script = page.querySelector('script[data-testid="UserProfileSchema-test"]')!;
    script.textContent = script.textContent!.replace(/"additionalName":"[^"]+"/, '"additionalName":"someone_else"');
    expect(xAdapter.readAccount(page, at(page))).toMatchObject({ handle: 'snowreport_jp', displayName: '雪山情報室' });
    expect(xAdapter.readFollowerCount(page)).not.toBe(69_211);
  });

  it('reads the account from the JSON-LD while the header still shows the previous profile', () => {
    const page = doc();
    const handle = Array.from(page.querySelectorAll('[data-testid="UserName"] span')).find(
      (span) => span.textContent === '@snowreport_jp',
    )!;
    handle.textContent = '@previous_one';
    expect(xAdapter.readAccount(page, at(page))).toMatchObject({ handle: 'snowreport_jp', displayName: '雪山情報室' });
  });
});

describe('x readers on a status page (real structure, X Article with an inline reply box)', () => {
  it('finds the Draft.js box by the test id on the contenteditable itself', () => {
    const page = loadReal('x-status-article');
    const composer = xAdapter.findComposer(page);
    expect(composer?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(xAdapter.replyTarget(composer!, page)).toMatchObject({ kind: 'post', authorHandle: 'notes_lab' });
  });
});
