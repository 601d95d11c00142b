import { LabelPanel } from '@/components/sidebar/LabelPanel';
import { overlayApi as api } from '@/utils/messages';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/** Labels the post or comment last clicked or focused on the page (or the open post); the client's recent labels. */
function Labels() {
  const { facts, info } = useSidebar();
  return (
    <LabelPanel
      target={facts.labelTarget}
      labels={info!.labels}
      onSave={async (label, note) => {
        const target = facts.labelTarget;
        const clientId = info?.client?.id;
        if (!target || !clientId) return null;
        const saved = await api.save('labels', {
          clientId,
          platform: facts.platform,
          postUrl: target.url,
          excerpt: target.excerpt,
          label,
          note,
        });
        return saved.ok ? null : saved.problems;
      }}
    />
  );
}

export const labels: SidebarFeature = { id: 'labels', needs: 'client', View: Labels };
