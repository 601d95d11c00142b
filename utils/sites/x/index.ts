import type { SiteAdapter } from '../types';
import { contentRoot, findComposer, postOf, readAccount, readFollowerCount, readPosts, replyTarget } from './read';
import { matchUrl } from './urls';

export const xAdapter: SiteAdapter = {
  platform: 'x',
  matchUrl,
  readAccount,
  readFollowerCount,
  readPosts,
  postOf,
  findComposer,
  replyTarget,
  contentRoot,
};
