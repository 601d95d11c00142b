import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../utils/sites/instagram';
import { isAccount, isPost, isReserved, matchUrl } from '../../../utils/sites/instagram/urls';
import { describeUrlTable, type UrlCase } from './url-table';
import { loadHtml, loadReal } from './load-fixture';

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
  [`${IG}/reels/DM4_qshB3le/`, 'post', { postId: 'DM4_qshB3le' }],
  [`${IG}/p/DOs7hevjbX3/c/17864074548464133/`, 'post', { postId: 'DOs7hevjbX3' }],
  [`${IG}/acme.store/p/DOs7hevjbX3/c/17864074548464133/`, 'post', { handle: 'acme.store', postId: 'DOs7hevjbX3' }],
  [`${IG}/p/DYSE2juo4jA/?hl=pt-br`, 'post', { postId: 'DYSE2juo4jA' }],
  // reserved
  [`${IG}/`, 'reserved'],
  [`${IG}/accounts/edit/`, 'reserved'],
  [`${IG}/explore/`, 'reserved'],
  [`${IG}/explore/tags/acme/`, 'reserved'],
  [`${IG}/direct/inbox/`, 'reserved'],
  [`${IG}/reels/`, 'reserved'],
  [`${IG}/reels/audio/2149871695495823/`, 'reserved'],
  [`${IG}/explore/locations/412039652645600/`, 'reserved'],
  [`${IG}/direct/t/123/`, 'reserved'],
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

const at = (doc: Document) => matchUrl(new URL(doc.location.href));

describe('instagram readers on a profile (real structure, English UI)', () => {
  const doc = () => loadReal('instagram-profile-en');

  it('reads the display name from og:title when og:url names the same account', () => {
    expect(instagramAdapter.readAccount(doc(), at(doc()))).toEqual({
      platform: 'instagram',
      key: 'acme.studio',
      handle: 'acme.studio',
      displayName: 'Acme Studio',
    });
  });

  it("falls back to the header's plain text run, never the post count, without og tags", () => {
    const page = doc();
    for (const meta of Array.from(page.querySelectorAll('meta[property^="og:"]'))) meta.remove();
    expect(instagramAdapter.readAccount(page, at(page))?.displayName).toBe('Acme Studio');
  });

  it('ignores og tags naming another account (stale after in-site navigation)', () => {
    const page = doc();
    page.querySelector('meta[property="og:url"]')!.setAttribute('content', `${IG}/someone.else/`);
    page.querySelector('meta[property="og:title"]')!.setAttribute('content', 'Someone (@someone.else) • Instagram');
    expect(instagramAdapter.readAccount(page, at(page))?.displayName).toBe('Acme Studio');
  });

  it('returns null while the header still shows the previous profile', () => {
    expect(instagramAdapter.readAccount(doc(), matchUrl(new URL(`${IG}/someone.else/`)))).toBeNull();
  });

  it('reads the exact follower count from the header span[title], not the rounded "698M"', () => {
    expect(instagramAdapter.readFollowerCount(doc())).toBe(698_079_524);
  });

  it('has no posts on the grid', () => {
    expect(instagramAdapter.readPosts(doc())).toEqual([]);
  });
});

describe('instagram readers on a profile (real structure, Korean UI, count links with href="#")', () => {
  const doc = () => loadReal('instagram-profile-ko');

  it('reads the account and the follower count in any UI language', () => {
    expect(instagramAdapter.readAccount(doc(), at(doc()))).toMatchObject({
      handle: 'haneul.home',
      displayName: '하늘부부',
    });
    expect(doc().querySelector('a[href$="/followers/"]')).toBeNull();
    expect(instagramAdapter.readFollowerCount(doc())).toBe(944);
  });
});

describe('instagram readers on a post page (real structure: no article, no ul > li, no h1)', () => {
  const doc = () => loadReal('instagram-post-composer');

  it("reads the account from og:url when its code is the address's", () => {
    expect(instagramAdapter.readAccount(doc(), at(doc()))).toEqual({
      platform: 'instagram',
      key: 'ojornaldodia',
      handle: 'ojornaldodia',
      displayName: 'ojornaldodia',
    });
  });

  it("falls back to the caption's author when og:url is stale (another post)", () => {
    const page = doc();
    page.querySelector('meta[property="og:url"]')!.setAttribute('content', `${IG}/someone.else/p/Zz9_other1/`);
    expect(instagramAdapter.readAccount(page, at(page))?.handle).toBe('ojornaldodia');
  });

  it('reads the post, then each comment by its /c/ permalink with its own text and language', () => {
    const posts = instagramAdapter.readPosts(doc());
    expect(posts[0]).toMatchObject({ kind: 'post', authorHandle: 'ojornaldodia', url: `${IG}/p/7BNa6eqwDcd/` });
    const comments = posts.slice(1);
    expect(comments).toHaveLength(5);
    expect(
      comments.every((comment) => comment.kind === 'comment' && /\/p\/7BNa6eqwDcd\/c\/\d+\/$/.test(comment.url!)),
    ).toBe(true);
    expect(comments[0]).toMatchObject({ authorHandle: 'user_4833', authorName: 'user_4833', language: 'en' });
    expect(comments[0]!.text).not.toBe('');
  });

  it("detects a comment's language from its own text", () => {
    const page = doc();
    const second = instagramAdapter.readPosts(page)[2]!;
    const run = Array.from(second.element.querySelectorAll('span[dir="auto"]')).find(
      (span) => !span.closest('a, [role="button"]') && !span.querySelector('a'),
    )!;
    run.textContent = 'كم السعر؟';
    expect(instagramAdapter.readPosts(page)[2]).toMatchObject({ text: 'كم السعر؟', language: 'ar' });
  });

  it('finds the comment box in the form, whatever its placeholder says', () => {
    const page = doc();
    page.querySelector('form textarea')!.setAttribute('placeholder', 'แสดงความคิดเห็น...');
    expect(instagramAdapter.findComposer(page)?.tagName).toBe('TEXTAREA');
  });

  it('answers the post when the box is empty, not the latest comment', () => {
    const page = doc();
    expect(instagramAdapter.replyTarget(instagramAdapter.findComposer(page)!, page)?.kind).toBe('post');
  });

  it('answers the comment whose Reply typed "@user " into the box', () => {
    const page = doc();
    const composer = instagramAdapter.findComposer(page)! as HTMLTextAreaElement;
    composer.value = '@user_6524 ';
    const target = instagramAdapter.replyTarget(composer, page);
    expect(target).toMatchObject({ kind: 'comment', authorHandle: 'user_6524' });
    expect(target?.element).toBe(instagramAdapter.readPosts(page)[2]!.element);
  });

  it('finds the comment around its own Reply button (postOf), else the post', () => {
    const page = doc();
    const comment = instagramAdapter.readPosts(page)[3]!;
    const reply = comment.element.querySelector('[role="button"]')!;
    expect(instagramAdapter.postOf(reply)?.url).toBe(comment.url);
    expect(instagramAdapter.postOf(page.querySelector('form textarea')!)?.kind).toBe('post');
  });
});

describe('instagram readers on a reel page (real structure)', () => {
  it('reads the account from og:url (/<user>/reel/<code>/) agreeing with /reel/<code>/', () => {
    const page = loadReal('instagram-reel');
    expect(instagramAdapter.readAccount(page, at(page))).toMatchObject({ handle: 'crispandcurl' });
  });
});

describe('instagram readers on an unknown page shape', () => {
  it('return null or nothing without throwing', () => {
    const page = loadHtml("<div><h2>Sorry, this page isn't available.</h2></div>", `${IG}/acme.store/`);
    expect(instagramAdapter.readAccount(page, matchUrl(new URL(`${IG}/acme.store/`)))).toBeNull();
    expect(instagramAdapter.readAccount(page, matchUrl(new URL(`${IG}/p/Cx1_abcDEF/`)))).toBeNull();
    expect(instagramAdapter.readFollowerCount(page)).toBeNull();
    expect(instagramAdapter.readPosts(page)).toEqual([]);
    expect(instagramAdapter.findComposer(page)).toBeNull();
    expect(instagramAdapter.contentRoot(page)).toBeNull();
  });

  it('read nothing from a page fetched without JavaScript (real splash-screen shell)', () => {
    const page = loadReal('instagram-unrendered-shell');
    expect(instagramAdapter.readAccount(page, at(page))).toBeNull();
  });
});
