import { useEffect, useRef } from 'preact/hooks';
import { FollowerChange } from '@/components/sidebar/FollowerChange';
import { overlayApi as api } from '@/utils/messages';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/**
 * The count the page shows, recorded once per page reading (not once per refresh: every stored change refreshes
 * the info), and its change over 30 days. Recording does not announce a change, so the info is asked for again
 * right after: the count appears as soon as the account is tagged (issue 19 item 10).
 */
function FollowerGrowth() {
  const { facts, info, refreshInfo } = useSidebar();
  const recordedFor = useRef('');
  const accountId = info?.account?.id;
  useEffect(() => {
    if (!accountId || facts.followers === null || recordedFor.current === `${facts.url}|${accountId}`) return;
    recordedFor.current = `${facts.url}|${accountId}`;
    void api.recordFollowers(accountId, facts.followers).then((result) => result.ok && refreshInfo());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- records once per account and page; refreshInfo is a new closure every render
  }, [accountId, facts.url, facts.followers]);
  return <FollowerChange followers={info!.followers} />;
}

export const followerGrowth: SidebarFeature = { id: 'follower-growth', needs: 'client', View: FollowerGrowth };
