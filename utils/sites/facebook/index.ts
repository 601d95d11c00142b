import type { SiteAdapter } from '../types';
import { contentRoot, findComposer, postOf, readAccount, readFollowerCount, readPosts, replyTarget } from './read';
import { matchUrl } from './urls';

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  matchUrl,
  readAccount,
  readFollowerCount,
  readPosts,
  postOf,
  findComposer,
  replyTarget,
  contentRoot,
};
