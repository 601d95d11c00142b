/** Horizontal extent of what the sidebar must not cover (the site's composer, else its content column). */
export interface Obstacle {
  left: number;
  right: number;
}

export type Side = 'left' | 'right';

/** The sidebar's width plus its margin from the viewport edge, in CSS pixels (see sidebar.css). */
export const sidebarFootprint = 288 + 12 + 8;

/**
 * Which edge the sidebar sits on: the preferred one (the UI's inline end) when it leaves the obstacle
 * uncovered, else the other edge if that does, else the side with more room. Pure, so it is unit-tested.
 */
export function chooseSide(viewportWidth: number, obstacle: Obstacle | null, preferred: Side): Side {
  if (!obstacle) return preferred;
  const room: Record<Side, number> = { left: obstacle.left, right: viewportWidth - obstacle.right };
  const other: Side = preferred === 'right' ? 'left' : 'right';
  if (room[preferred] >= sidebarFootprint) return preferred;
  if (room[other] >= sidebarFootprint) return other;
  return room[preferred] >= room[other] ? preferred : other;
}
