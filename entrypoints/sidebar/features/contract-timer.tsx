import { ContractGlance } from '@/components/sidebar/ContractGlance';
import { TimerControls } from '@/components/sidebar/TimerControls';
import { overlayApi as api } from '@/utils/messages';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/** The client's timer, and this month's hours against the contract at a glance. */
function ContractAndTimer() {
  const { facts, info } = useSidebar();
  const client = info!.client!;
  return (
    <>
      <TimerControls
        clientId={client.id}
        timer={info!.timer}
        onStart={() => void api.startTimer(client.id, facts.platform)}
        onStop={() => void api.stopTimer()}
      />
      <ContractGlance contract={info!.contract} monthMs={info!.monthMs} todayMs={info!.todayMs} />
    </>
  );
}

export const contractAndTimer: SidebarFeature = { id: 'contract-timer', needs: 'client', View: ContractAndTimer };
