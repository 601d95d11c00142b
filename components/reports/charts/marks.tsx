// The pieces the report's SVG charts draw with, all in a left-to-right layout that `place` mirrors for Arabic
// (frame.tsx says why). Positions come in reading direction: `left` is where a box starts as the reader goes.
import type { ComponentChildren } from 'preact';
import { valueY, type Placer, type PlotArea } from '@/utils/reports/chart-scale';

interface Placed {
  plot: PlotArea;
  place: Placer;
}

/** The y-axis's gridlines and tick labels, drawn beside the plot's start edge. */
export function YGrid({
  plot,
  place,
  scale,
  format,
}: Placed & { scale: { max: number; ticks: number[] }; format: (value: number) => string }) {
  const y = valueY(plot, scale.max);
  return (
    <g class="chart-grid">
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line x1={place.x(plot.start)} x2={place.x(plot.end)} y1={y(tick)} y2={y(tick)} />
          <text x={place.x(plot.start - 6)} y={y(tick) + 4} text-anchor={place.towardPlot}>
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The line the plot stands on, across its whole width (`y`: the plot's bottom unless said). */
export function Baseline({ plot, place, y = plot.bottom }: Placed & { y?: number }) {
  return <line class="chart-baseline" x1={place.x(plot.start)} x2={place.x(plot.end)} y1={y} y2={y} />;
}

/** A name under the plot (a day, week or month), centred on `at` unless anchored otherwise. */
export function AxisLabel({
  plot,
  place,
  at,
  below = 16,
  anchor = 'middle',
  children,
}: Placed & { at: number; below?: number; anchor?: string; children: ComponentChildren }) {
  return (
    <text class="axis-label" x={place.x(at)} y={plot.bottom + below} text-anchor={anchor}>
      {children}
    </text>
  );
}

/** A column from `top` down to the plot's baseline; `fill` overrides the class's colour (a pattern). */
export function Column({
  plot,
  place,
  class: className,
  left,
  width,
  top,
  fill,
}: Placed & { class: string; left: number; width: number; top: number; fill?: string }) {
  return (
    <rect class={className} x={place.x(left, width)} y={top} width={width} height={plot.bottom - top} fill={fill} />
  );
}

/** A minimum as a dashed mark at height `y` from `from` to `to` (reading direction). */
export function MinimumMark({ place, from, to, y }: { place: Placer; from: number; to: number; y: number }) {
  return <line class="minimum" x1={place.x(from)} x2={place.x(to)} y1={y} y2={y} />;
}
