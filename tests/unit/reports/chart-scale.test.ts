import { describe, expect, it } from 'vitest';
import { niceScale, placer, slots, valueY, type PlotArea } from '@/utils/reports/chart-scale';

// The days chart's plot: 640 wide, baseline at 146, top at 10, from x 40 to 634.
const plot: PlotArea = { width: 640, height: 170, top: 10, bottom: 146, start: 40, end: 634 };

describe('the y-axis of a report chart', () => {
  it('rounds the largest value up to 1, 2, 2.5 or 5 times a power of ten over four ticks', () => {
    expect(niceScale(7.5)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(9)).toEqual({ max: 10, ticks: [0, 2.5, 5, 7.5, 10] });
    expect(niceScale(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(180, 3)).toEqual({ max: 200, ticks: [0, 100, 200] });
  });

  it('keeps an axis of at least 1 for a month with nothing in it', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('places 0 on the baseline and the maximum at the top', () => {
    const y = valueY(plot, 8);
    expect(y(0)).toBe(146);
    expect(y(8)).toBe(10);
    expect(y(2)).toBe(112);
  });
});

describe('slots across a report chart', () => {
  it('shares the plot’s width equally, the first slot at the plot’s start', () => {
    const weeks = slots(plot, 6);
    expect(weeks.width).toBe(99);
    expect(weeks.left(0)).toBe(40);
    expect(weeks.left(5)).toBe(535);
    expect(weeks.center(5)).toBe(584.5);
    expect(weeks.left(5) + weeks.width).toBe(plot.end);
  });

  it('gives an empty chart one slot rather than dividing by zero', () => {
    expect(slots(plot, 0).width).toBe(594);
  });
});

describe('placing in reading direction', () => {
  it('keeps left-to-right positions as they are', () => {
    const place = placer(640, false);
    expect(place.x(40, 10)).toBe(40);
    expect([place.towardPlot, place.awayFromPlot]).toEqual(['end', 'start']);
  });

  it('mirrors a box for Arabic: its right edge where the left one was', () => {
    const place = placer(640, true);
    expect(place.x(40, 10)).toBe(590);
    expect(place.x(40)).toBe(600);
    expect([place.towardPlot, place.awayFromPlot]).toEqual(['start', 'end']);
  });
});
