import { Component, type ComponentChildren } from 'preact';
import { useI18n } from '@/components/i18n';

function FeatureFailed({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <p class="problems" role="alert" data-feature-failed={id}>
      {t('sidebarFeatureFailed')}
    </p>
  );
}

/**
 * One feature's failure stays in its own place: a throw while it renders (or in an effect) shows a one-line error
 * there and the other features keep working (issue 16 item 4).
 */
export class FeatureBoundary extends Component<{ id: string; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    console.error(`[wasla] the sidebar's ${this.props.id} failed`, error);
    this.setState({ failed: true });
  }
  override render() {
    return this.state.failed ? <FeatureFailed id={this.props.id} /> : this.props.children;
  }
}
