// The sidebar's features, in the order they show. Each is one file; this list is the one place they are registered.
import { contractAndTimer } from './contract-timer';
import type { SidebarFeature } from './feature';
import { followerGrowth } from './follower-growth';
import { labels } from './labels';
import { pageStatus } from './page-status';
import { replyingTo } from './replying-to';
import { syncLine } from './sync-line';
import { tagging } from './tagging';
import { templates } from './templates';

export type { SidebarFeature } from './feature';

export const features: SidebarFeature[] = [
  syncLine,
  pageStatus,
  tagging,
  replyingTo,
  templates,
  contractAndTimer,
  followerGrowth,
  labels,
];
