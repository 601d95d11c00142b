import type { PageInfo } from '@/utils/messages';
import type { Problem } from '@/utils/model/problem';
import type { AccountIdentity } from '@/utils/sites/types';
import { AccountCard } from './AccountCard';
import { ClientTag } from './ClientTag';
import { ContractGlance } from './ContractGlance';
import { FollowerChange } from './FollowerChange';
import { LabelPanel, type LabelTarget } from './LabelPanel';
import { SaveAsTemplate } from './SaveAsTemplate';
import { TemplatePicker, type TemplatePickerProps } from './TemplatePicker';
import { TimerControls } from './TimerControls';

export interface SidebarContentProps {
  account: AccountIdentity;
  info: PageInfo | null;
  labelTarget: LabelTarget | null;
  onTag: (clientId: string) => Promise<Problem[] | null>;
  onCreateAndTag: (names: { nameAr: string; nameEn: string }) => Promise<Problem[] | null>;
  onUntag: () => void;
  onStartTimer: () => void;
  onStopTimer: () => void;
  onSaveLabel: (label: string, note: string) => Promise<Problem[] | null>;
  templates: TemplatePickerProps;
  onSaveAsTemplate: (title: string) => Promise<Problem[] | null>;
}

export function SidebarContent(props: SidebarContentProps) {
  const { account, info } = props;
  return (
    <>
      <AccountCard account={account} />
      {info && (
        <>
          <ClientTag client={info.client} clients={info.clients} onTag={props.onTag} onCreateAndTag={props.onCreateAndTag} onUntag={props.onUntag} />
          <TemplatePicker {...props.templates} />
          <SaveAsTemplate onSave={props.onSaveAsTemplate} />
          {info.client && (
            <>
              <TimerControls clientId={info.client.id} timer={info.timer} onStart={props.onStartTimer} onStop={props.onStopTimer} />
              <ContractGlance contract={info.contract} monthMs={info.monthMs} todayMs={info.todayMs} />
              <FollowerChange followers={info.followers} />
              <LabelPanel target={props.labelTarget} labels={info.labels} onSave={props.onSaveLabel} />
            </>
          )}
        </>
      )}
    </>
  );
}
