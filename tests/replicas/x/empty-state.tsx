/** @jsxImportSource react */
import type { ReactNode } from 'react';

/** X's "nothing here" panel: unknown accounts and posts, which must never look like a profile. */
export function EmptyState({ title, detail }: { title: string; detail: string }): ReactNode {
  return (
    <div data-testid="emptyState" className="empty-state">
      <div data-testid="empty_state_header_text">{title}</div>
      <div data-testid="empty_state_body_text">{detail}</div>
    </div>
  );
}
