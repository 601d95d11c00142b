// What every chart on the client report shares: a figure whose picture (SVG, role img) is named by the
// visible one-sentence summary under it, with the numbers behind it in a table a click away (and always in the
// accessibility tree's reach). SVGs are laid out left to right; `flip` mirrors positions for Arabic, so time
// runs in reading direction (the first of the month on the right) while the glyphs are never mirrored.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n';

export interface ChartFrameProps {
  id: string;
  summary: string;
  width: number;
  height: number;
  /** The picture's legend, shown beside it (hidden from screen readers: the summary and table say it). */
  legend?: { kind: string; text: string }[];
  /** The numbers behind the picture, as a table with a caption. */
  data: ComponentChildren;
  children: ComponentChildren;
}

export function ChartFrame({ id, summary, width, height, legend, data, children }: ChartFrameProps) {
  const { t } = useI18n();
  return (
    <figure class="report-chart">
      <svg
        class="chart"
        role="img"
        aria-labelledby={`${id}-summary`}
        viewBox={`0 0 ${width} ${height}`}
        direction="ltr"
      >
        {children}
      </svg>
      {legend && (
        <ul class="chart-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.kind}>
              <span class={`swatch swatch-${item.kind}`} />
              {item.text}
            </li>
          ))}
        </ul>
      )}
      <figcaption id={`${id}-summary`} class="chart-summary">
        {summary}
      </figcaption>
      <details class="chart-data">
        <summary>{t('reportChartNumbers')}</summary>
        {data}
      </details>
    </figure>
  );
}

/** A rounded-up axis maximum (1, 2 or 5 times a power of ten, over `steps` ticks) and its ticks from 0. */
export function niceScale(max: number, steps = 4): { max: number; ticks: number[] } {
  const raw = Math.max(max, 1) / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return { max: top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}

/** Horizontal placement in reading direction: `x(left, width)` is the left edge of a box that starts at `left`. */
export function placer(width: number, rtl: boolean) {
  return {
    x: (left: number, boxWidth = 0) => (rtl ? width - left - boxWidth : left),
    /** text-anchor for text whose logical end (toward the plot) sits at x. */
    towardPlot: rtl ? 'start' : 'end',
    awayFromPlot: rtl ? 'end' : 'start',
  } as const;
}

/** The y-axis's gridlines and tick labels, drawn beside the plot's start edge. */
export function YGrid({
  ticks,
  max,
  top,
  bottom,
  plotStart,
  plotEnd,
  width,
  rtl,
  format,
}: {
  ticks: number[];
  max: number;
  top: number;
  bottom: number;
  plotStart: number;
  plotEnd: number;
  width: number;
  rtl: boolean;
  format: (value: number) => string;
}) {
  const place = placer(width, rtl);
  const y = (value: number) => bottom - (value / max) * (bottom - top);
  return (
    <g class="chart-grid">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={place.x(plotStart)} x2={place.x(plotEnd)} y1={y(tick)} y2={y(tick)} />
          <text x={place.x(plotStart - 6)} y={y(tick) + 4} text-anchor={place.towardPlot}>
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
