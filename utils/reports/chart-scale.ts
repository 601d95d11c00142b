// The geometry the client report's charts share (components/reports/charts): where a value sits on the y-axis,
// how a month's days, weeks or months share the plot's width, and how a left-to-right position is mirrored for
// Arabic. Pure numbers, so the views only draw.

/**
 * A chart's drawing in SVG units: the picture's size, the plot's vertical extent (`top` to the baseline at
 * `bottom`) and its extent along the reading direction (`start` to `end`, measured as laid out left to right).
 */
export interface PlotArea {
  width: number;
  height: number;
  top: number;
  bottom: number;
  start: number;
  end: number;
}

/** A rounded-up axis maximum (1, 2 or 5 times a power of ten, over `steps` ticks) and its ticks from 0. */
export function niceScale(max: number, steps = 4): { max: number; ticks: number[] } {
  const raw = Math.max(max, 1) / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return { max: top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}

/** The y of a value on an axis from 0 on the plot's baseline to `max` at its top. */
export function valueY(plot: PlotArea, max: number): (value: number) => number {
  return (value) => plot.bottom - (value / max) * (plot.bottom - plot.top);
}

/** The plot's width cut into `count` equal slots (one at least), the first at the plot's start. */
export function slots(plot: PlotArea, count: number) {
  const width = (plot.end - plot.start) / Math.max(count, 1);
  const left = (index: number) => plot.start + index * width;
  return { width, left, center: (index: number) => left(index) + width / 2 };
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

export type Placer = ReturnType<typeof placer>;
