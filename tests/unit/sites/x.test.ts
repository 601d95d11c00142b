import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../utils/sites/x';
import { isAccount, isPost, isReserved, matchUrl } from '../../../utils/sites/x/urls';
import { describeUrlTable, type UrlCase } from './url-table';
import { loadFixture, loadHtml } from './load-fixture';

const RLM = '\u200F';

const urls: ReadonlyArray<UrlCase> = [
  // account
  ['https://x.com/acme_store', 'account', { handle: 'acme_store' }],
  ['https://x.com/Acme_Store/', 'account', { handle: 'Acme_Store' }],
  ['https://x.com/acme_store/with_replies', 'account', { handle: 'acme_store' }],
  ['https://x.com/acme_store/media', 'account', { handle: 'acme_store' }],
  ['https://x.com/acme_store/verified_followers', 'account', { handle: 'acme_store' }],
  ['https://x.com/a?s=20', 'account', { handle: 'a' }],
  ['https://x.com/x', 'account', { handle: 'x' }],
  // post
  ['https://x.com/acme_store/status/1860000000000000001', 'post', { handle: 'acme_store', postId: '1860000000000000001' }],
  ['https://x.com/acme_store/status/1860000000000000001/photo/1', 'post', { handle: 'acme_store', postId: '1860000000000000001' }],
  ['https://x.com/acme_store/status/1860000000000000001/analytics', 'post', { handle: 'acme_store', postId: '1860000000000000001' }],
  ['https://x.com/i/web/status/1860000000000000001', 'post', { postId: '1860000000000000001' }],
  ['https://x.com/i/status/1860000000000000001', 'post', { postId: '1860000000000000001' }],
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
  // unknown
  ['https://x.com/this_handle_is_too_long', 'unknown'],
  ['https://x.com/acme-store', 'unknown'],
  ['https://x.com/acme_store/status/abc', 'unknown'],
  ['https://x.com/acme_store/something_new', 'unknown'],
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
      platform: 'x', key: 'acme_store', handle: 'acme_store', displayName: 'Acme',
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

  it('finds the Draft.js editor inside the composer wrapper', () => {
    const composer = xAdapter.findComposer(doc());
    expect(composer?.getAttribute('contenteditable')).toBe('true');
    expect(composer?.closest('[data-testid="tweetTextarea_0"]')).not.toBeNull();
  });

  it('answers the post when no reply was clicked (the composer sits above the replies)', () => {
    const page = doc();
    const target = xAdapter.replyTarget(xAdapter.findComposer(page)!, page);
    expect(target?.kind).toBe('post');
    expect(target?.url).toBe(url);
  });

  it('answers the reply whose Reply button was clicked (data-replying-to on the wrapper)', () => {
    const page = doc();
    page.getElementById('composer-wrapper')!.setAttribute('data-replying-to', 'john_doe');
    const target = xAdapter.replyTarget(xAdapter.findComposer(page)!, page);
    expect(target?.element.id).toBe('reply-john');
    expect(target?.authorName).toBe('John Doe');
  });

  it('answers the post when Reply was clicked on the post itself', () => {
    const page = doc();
    page.getElementById('composer-wrapper')!.setAttribute('data-replying-to', 'acme_store');
    expect(xAdapter.replyTarget(xAdapter.findComposer(page)!, page)?.kind).toBe('post');
  });

  it('answers the handle named by a "Replying to @x" reply dialog', () => {
    const page = doc();
    const dialog = page.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const line = page.createElement('div');
    line.textContent = 'Replying to @sara_q';
    const wrapper = page.createElement('div');
    wrapper.setAttribute('data-testid', 'tweetTextarea_0');
    const editor = page.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    wrapper.append(editor);
    dialog.append(line, wrapper);
    page.body.append(dialog);
    const composer = xAdapter.findComposer(page);
    expect(composer).toBe(editor);
    expect(xAdapter.replyTarget(composer!, page)?.element.id).toBe('reply-sara');
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
