import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../utils/sites/facebook';
import { isAccount, isPost, isReserved, matchUrl } from '../../../utils/sites/facebook/urls';
import { describeUrlTable, type UrlCase } from './url-table';
import { loadFixture, loadHtml } from './load-fixture';

const RLM = '\u200F';
const FB = 'https://www.facebook.com';

const urls: ReadonlyArray<UrlCase> = [
  // account
  [`${FB}/acme.store`, 'account', { handle: 'acme.store' }],
  [`${FB}/Acme.Store/`, 'account', { handle: 'Acme.Store' }],
  [`${FB}/acme.store/about`, 'account', { handle: 'acme.store' }],
  [`${FB}/acme.store/followers/`, 'account', { handle: 'acme.store' }],
  [`${FB}/acmestore?ref=bookmarks`, 'account', { handle: 'acmestore' }],
  [`${FB}/profile.php?id=100064123456789`, 'account', { stableId: '100064123456789' }],
  [`${FB}/profile.php?id=100064123456789&sk=about`, 'account', { stableId: '100064123456789' }],
  [`${FB}/people/Acme-Store/100064123456789/`, 'account', { stableId: '100064123456789' }],
  // post
  [`${FB}/acme.store/posts/pfbid0abcDEF123456`, 'post', { handle: 'acme.store', postId: 'pfbid0abcDEF123456' }],
  [`${FB}/acme.store/posts/123456789`, 'post', { handle: 'acme.store', postId: '123456789' }],
  [`${FB}/permalink.php?story_fbid=123456789&id=100064123456789`, 'post', { stableId: '100064123456789', postId: '123456789' }],
  [`${FB}/story.php?story_fbid=123456789&id=100064123456789`, 'post', { stableId: '100064123456789', postId: '123456789' }],
  // reserved
  [`${FB}/`, 'reserved'],
  [`${FB}/groups/123/`, 'reserved'],
  [`${FB}/watch/?v=123`, 'reserved'],
  [`${FB}/marketplace/item/123`, 'reserved'],
  [`${FB}/events/123`, 'reserved'],
  [`${FB}/gaming`, 'reserved'],
  [`${FB}/reel/123`, 'reserved'],
  [`${FB}/stories/123`, 'reserved'],
  [`${FB}/messages/t/123`, 'reserved'],
  [`${FB}/friends`, 'reserved'],
  [`${FB}/bookmarks`, 'reserved'],
  [`${FB}/notifications`, 'reserved'],
  [`${FB}/settings`, 'reserved'],
  [`${FB}/help`, 'reserved'],
  [`${FB}/pages/?category=your_pages`, 'reserved'],
  [`${FB}/home.php`, 'reserved'],
  [`${FB}/photo.php?fbid=1`, 'reserved'],
  [`${FB}/profile.php`, 'reserved'],
  [`${FB}/permalink.php?story_fbid=123`, 'reserved'],
  // unknown
  [`${FB}/abc`, 'unknown'],
  [`${FB}/acme-store`, 'unknown'],
  [`${FB}/acme.store/posts/`, 'unknown'],
  [`${FB}/acme.store/something`, 'unknown'],
  [`${FB}/people/Acme-Store/`, 'unknown'],
];

describeUrlTable('facebook', urls, { matchUrl, isAccount, isPost, isReserved });

describe('facebook readers on a Page', () => {
  const url = `${FB}/acme.store`;
  const doc = () => loadFixture('facebook-page.html', url);

  it('reads the identity keyed by the numeric id, with the name verbatim', () => {
    expect(facebookAdapter.readAccount(doc(), matchUrl(new URL(url)))).toEqual({
      platform: 'facebook',
      key: '100064123456789',
      handle: 'acme.store',
      displayName: `<b>Acme</b> ${RLM}متجر 🚀`,
      stableId: '100064123456789',
    });
  });

  it('prefers the id in the URL over the app-link meta (which goes stale on in-site navigation)', () => {
    const identity = facebookAdapter.readAccount(doc(), matchUrl(new URL(`${FB}/profile.php?id=42`)));
    expect(identity).toMatchObject({ key: '42', stableId: '42', handle: '' });
  });

  it('ignores an app-link meta whose canonical address names another page', () => {
    const page = doc();
    const canonical = page.createElement('link');
    canonical.setAttribute('rel', 'canonical');
    canonical.setAttribute('href', `${FB}/other.page`);
    page.head.append(canonical);
    expect(facebookAdapter.readAccount(page, matchUrl(new URL(url)))).toMatchObject({ key: 'acme.store' });
    expect(facebookAdapter.readAccount(page, matchUrl(new URL(url)))?.stableId).toBeUndefined();
  });

  it('reads an Arabic follower count', () => {
    expect(facebookAdapter.readFollowerCount(doc())).toBe(12_000);
  });

  it('reads the post and its nested comment in document order, without tracking parameters', () => {
    const posts = facebookAdapter.readPosts(doc());
    expect(posts.map(({ element: _, ...post }) => post)).toEqual([
      {
        url: `${FB}/acme.store/posts/pfbid0abcDEF123456`,
        authorName: 'Acme',
        authorHandle: 'acme.store',
        text: 'New arrivals are in! Shop now.',
        language: 'en',
        kind: 'post',
      },
      {
        url: `${FB}/acme.store/posts/pfbid0abcDEF123456?comment_id=555`,
        authorName: 'سارة علي',
        authorHandle: 'sara.ali.5',
        text: 'كم السعر؟',
        language: 'ar',
        kind: 'comment',
      },
    ]);
  });

  it('answers the post from the feed comment box when no reply was clicked', () => {
    const page = doc();
    const composer = facebookAdapter.findComposer(page)!;
    expect(composer.getAttribute('aria-label')).toBe('Write a comment…');
    expect(facebookAdapter.replyTarget(composer, page)?.kind).toBe('post');
  });
});

describe('facebook readers on a post page (Arabic interface)', () => {
  const url = `${FB}/acme.store/posts/pfbid0abcDEF123456`;
  const doc = () => loadFixture('facebook-post.html', url);

  it('reads the account as the post author', () => {
    expect(facebookAdapter.readAccount(doc(), matchUrl(new URL(url)))).toEqual({
      platform: 'facebook', key: 'acme.store', handle: 'acme.store', displayName: 'Acme',
    });
  });

  it('keys the account by the numeric id when the post links its author by id', () => {
    const page = doc();
    page.querySelector('#post h3 a')!.setAttribute('href', '/profile.php?id=100064123456789');
    expect(facebookAdapter.readAccount(page, matchUrl(new URL(url)))).toMatchObject({
      key: '100064123456789', stableId: '100064123456789', handle: 'acme.store',
    });
  });

  it('reads comments and nested replies by their Arabic and English labels, each with its own text', () => {
    const posts = facebookAdapter.readPosts(doc());
    expect(posts.map((post) => [post.element.id, post.kind, post.authorName, post.text, post.language])).toEqual([
      ['post', 'post', 'Acme', 'وصلت التشكيلة الجديدة!', 'ar'],
      ['c-sara', 'comment', 'سارة علي', 'كم سعر الشحن؟', 'ar'],
      ['c-acme-reply', 'comment', 'Acme', 'مجاني فوق ٢٠٠ ريال', 'ar'],
      ['c-john', 'comment', 'John Doe', 'Do you ship abroad? Thanks!', 'en'],
    ]);
    expect(posts[3]).toMatchObject({ authorHandle: '100001', url: `${FB}/acme.store/posts/pfbid0abcDEF123456?comment_id=777` });
  });

  it('finds the Lexical box by its Arabic label', () => {
    expect(facebookAdapter.findComposer(doc())?.getAttribute('aria-label')).toBe('اكتب تعليقًا…');
  });

  it('answers the post when the main box is below all comments and no reply was clicked', () => {
    const page = doc();
    expect(facebookAdapter.replyTarget(facebookAdapter.findComposer(page)!, page)?.element.id).toBe('post');
  });

  it('answers the comment whose Reply was clicked (data-replying-to)', () => {
    const page = doc();
    page.getElementById('composer-wrapper')!.setAttribute('data-replying-to', 'سارة علي');
    expect(facebookAdapter.replyTarget(facebookAdapter.findComposer(page)!, page)?.element.id).toBe('c-sara');
  });

  it("answers the Page's own reply when Reply was clicked on it, not the Page's post", () => {
    const page = doc();
    page.getElementById('composer-wrapper')!.setAttribute('data-replying-to', 'Acme');
    expect(facebookAdapter.replyTarget(facebookAdapter.findComposer(page)!, page)?.element.id).toBe('c-acme-reply');
  });

  it('answers the comment whose author the box starts by mentioning (as Facebook pre-fills)', () => {
    const page = doc();
    const composer = facebookAdapter.findComposer(page)!;
    composer.querySelector('p')!.textContent = 'John Doe ';
    expect(facebookAdapter.replyTarget(composer, page)?.element.id).toBe('c-john');
  });

  it('answers the nearest comment above a reply box opened among the comments', () => {
    const page = doc();
    const box = page.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    box.setAttribute('data-lexical-editor', 'true');
    box.setAttribute('aria-label', 'اكتب ردًا…');
    page.getElementById('c-john')!.before(box);
    box.focus();
    expect(facebookAdapter.findComposer(page)).toBe(box);
    expect(facebookAdapter.replyTarget(box, page)?.element.id).toBe('c-acme-reply');
  });

  it('finds the comment containing a Reply button (postOf)', () => {
    const page = doc();
    const button = page.querySelector('#c-john [role="button"]')!;
    expect(facebookAdapter.postOf(button)?.authorName).toBe('John Doe');
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

  it('skips the new-post box, which is not a comment box', () => {
    const page = loadHtml(
      '<div role="main"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What\'s on your mind, Acme?"></div></div>',
      `${FB}/`,
    );
    expect(facebookAdapter.findComposer(page)).toBeNull();
  });
});
