import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../utils/sites/instagram';
import { isAccount, isPost, isReserved, matchUrl } from '../../../utils/sites/instagram/urls';
import { describeUrlTable, type UrlCase } from './url-table';
import { loadFixture, loadHtml } from './load-fixture';

const RLM = '\u200F';
const IG = 'https://www.instagram.com';

const urls: ReadonlyArray<UrlCase> = [
  // account
  [`${IG}/acme.store/`, 'account', { handle: 'acme.store' }],
  [`${IG}/acme_store`, 'account', { handle: 'acme_store' }],
  [`${IG}/Acme.Store/?hl=ar`, 'account', { handle: 'Acme.Store' }],
  [`${IG}/acme.store/tagged/`, 'account', { handle: 'acme.store' }],
  [`${IG}/acme.store/reels/`, 'account', { handle: 'acme.store' }],
  [`${IG}/acme.store/followers/`, 'account', { handle: 'acme.store' }],
  [`${IG}/a/`, 'account', { handle: 'a' }],
  // post
  [`${IG}/p/Cx1_abcDEF/`, 'post', { postId: 'Cx1_abcDEF' }],
  [`${IG}/p/Cx1_abc-DEF/?img_index=2`, 'post', { postId: 'Cx1_abc-DEF' }],
  [`${IG}/reel/Cx1_abcDEF/`, 'post', { postId: 'Cx1_abcDEF' }],
  [`${IG}/tv/Cx1_abcDEF/`, 'post', { postId: 'Cx1_abcDEF' }],
  [`${IG}/acme.store/p/Cx1_abcDEF/`, 'post', { handle: 'acme.store', postId: 'Cx1_abcDEF' }],
  [`${IG}/acme.store/reel/Cx1_abcDEF/`, 'post', { handle: 'acme.store', postId: 'Cx1_abcDEF' }],
  // reserved
  [`${IG}/`, 'reserved'],
  [`${IG}/accounts/edit/`, 'reserved'],
  [`${IG}/explore/`, 'reserved'],
  [`${IG}/explore/tags/acme/`, 'reserved'],
  [`${IG}/direct/inbox/`, 'reserved'],
  [`${IG}/reels/`, 'reserved'],
  [`${IG}/stories/acme.store/123/`, 'reserved'],
  [`${IG}/p/`, 'reserved'],
  [`${IG}/settings/`, 'reserved'],
  [`${IG}/about/`, 'reserved'],
  [`${IG}/legal/privacy/`, 'reserved'],
  // unknown
  [`${IG}/acme-store/`, 'unknown'],
  [`${IG}/this_username_is_far_too_long_for_ig/`, 'unknown'],
  [`${IG}/acme.store/p/`, 'unknown'],
  [`${IG}/acme.store/something/`, 'unknown'],
];

describeUrlTable('instagram', urls, { matchUrl, isAccount, isPost, isReserved });

describe('instagram readers on a profile', () => {
  const url = `${IG}/acme.store/`;
  const doc = () => loadFixture('instagram-profile.html', url);

  it('reads the identity with the display name verbatim', () => {
    expect(instagramAdapter.readAccount(doc(), matchUrl(new URL(url)))).toEqual({
      platform: 'instagram',
      key: 'acme.store',
      handle: 'acme.store',
      displayName: `<b>Acme</b> ${RLM}متجر 🚀`,
    });
  });

  it('reads a display name that contains digits', () => {
    const page = doc();
    page.querySelector('header section > div > span')!.textContent = 'Acme 24/7';
    expect(instagramAdapter.readAccount(page, matchUrl(new URL(url)))?.displayName).toBe('Acme 24/7');
  });

  it('returns null while the header still shows the previous profile', () => {
    expect(instagramAdapter.readAccount(doc(), matchUrl(new URL(`${IG}/someone.else/`)))).toBeNull();
  });

  it('prefers the exact count in the title over the rounded text', () => {
    expect(instagramAdapter.readFollowerCount(doc())).toBe(12_345);
  });

  it('reads an Arabic-digit count when there is no title', () => {
    const page = doc();
    page.querySelector('a[href$="/followers/"]')!.textContent = '١٬٢٣٤ متابع';
    expect(instagramAdapter.readFollowerCount(page)).toBe(1_234);
  });

  it('has no posts with text on the grid', () => {
    expect(instagramAdapter.readPosts(doc())).toEqual([]);
  });
});

describe('instagram readers on a post page', () => {
  const url = `${IG}/p/Cx1_abcDEF/`;
  const doc = () => loadFixture('instagram-post.html', url);

  it('reads the account as the post author', () => {
    expect(instagramAdapter.readAccount(doc(), matchUrl(new URL(url)))).toEqual({
      platform: 'instagram', key: 'acme.store', handle: 'acme.store', displayName: 'acme.store',
    });
  });

  it('reads the post, then comments and nested replies with their own text and language', () => {
    const posts = instagramAdapter.readPosts(doc());
    expect(posts.map(({ element: _, ...post }) => post)).toEqual([
      {
        url: `${IG}/p/Cx1_abcDEF/`, authorName: 'acme.store', authorHandle: 'acme.store',
        text: 'New collection is here ✨ #acme', language: 'en', kind: 'post',
      },
      {
        url: `${IG}/p/Cx1_abcDEF/c/17900000000000001/`, authorName: 'sara.q', authorHandle: 'sara.q',
        text: 'كم السعر؟ 😍', language: 'ar', kind: 'comment',
      },
      {
        url: null, authorName: 'acme.store', authorHandle: 'acme.store',
        text: '@sara.q 99 ريال', language: 'ar', kind: 'comment',
      },
      {
        url: null, authorName: 'john.doe', authorHandle: 'john.doe',
        text: 'Love it!', language: 'en', kind: 'comment',
      },
    ]);
  });

  it('finds the comment textarea by its Arabic label', () => {
    expect(instagramAdapter.findComposer(doc())?.tagName).toBe('TEXTAREA');
  });

  it('answers the post when the box is empty, not the latest comment', () => {
    const page = doc();
    expect(instagramAdapter.replyTarget(instagramAdapter.findComposer(page)!, page)?.kind).toBe('post');
  });

  it('answers the comment whose Reply typed "@user " into the box', () => {
    const page = doc();
    const composer = instagramAdapter.findComposer(page)! as HTMLTextAreaElement;
    composer.value = '@sara.q ';
    expect(instagramAdapter.replyTarget(composer, page)?.element.id).toBe('c-sara');
  });

  it('answers the comment named by data-replying-to', () => {
    const page = doc();
    const composer = instagramAdapter.findComposer(page)!;
    composer.closest('form')!.setAttribute('data-replying-to', 'john.doe');
    expect(instagramAdapter.replyTarget(composer, page)?.element.id).toBe('c-john');
  });

  it('finds the comment containing a Reply button, else the post (postOf)', () => {
    const page = doc();
    expect(instagramAdapter.postOf(page.querySelector('#c-acme button')!)?.text).toBe('@sara.q 99 ريال');
    expect(instagramAdapter.postOf(page.querySelector('h1')!)?.kind).toBe('post');
  });
});

describe('instagram readers on an unknown page shape', () => {
  it('return null or nothing without throwing', () => {
    const page = loadHtml('<div><h2>Sorry, this page isn\'t available.</h2></div>', `${IG}/acme.store/`);
    expect(instagramAdapter.readAccount(page, matchUrl(new URL(`${IG}/acme.store/`)))).toBeNull();
    expect(instagramAdapter.readAccount(page, matchUrl(new URL(`${IG}/p/Cx1_abcDEF/`)))).toBeNull();
    expect(instagramAdapter.readFollowerCount(page)).toBeNull();
    expect(instagramAdapter.readPosts(page)).toEqual([]);
    expect(instagramAdapter.findComposer(page)).toBeNull();
    expect(instagramAdapter.contentRoot(page)).toBeNull();
  });
});
