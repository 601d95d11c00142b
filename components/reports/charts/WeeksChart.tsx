import type { ReportWeek } from '@/utils/reports/month-shape';
import { formatHours, hourMs } from '@/utils/time/format';
import { numberLocale } from '@/utils/i18n/core';
import { niceScale, placer, slots, valueY, type PlotArea } from '@/utils/reports/chart-scale';
import { useI18n } from '../../i18n';
import { ChartFrame } from './frame';
import { AxisLabel, Baseline, Column, MinimumMark, YGrid } from './marks';

const plot: PlotArea = { width: 640, height: 150, top: 18, bottom: 122, start: 40, end: 640 - 6 };

/** Hours per week (weeks cut at the month's edges) as labelled columns, each week's minimum as a dashed mark. */
export function WeeksChart({ id, weeks }: { id: string; weeks: ReportWeek[] }) {
  const { t, locale, dir } = useI18n();
  const numbers = numberLocale(locale);
  const hours = (ms: number) => formatHours(ms, numbers);
  const span = new Intl.DateTimeFormat(numbers, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const spanOf = (week: ReportWeek) =>
    span.formatRange(Date.parse(`${week.firstDay}T00:00:00Z`), Date.parse(`${week.lastDay}T00:00:00Z`));
  const place = placer(plot.width, dir === 'rtl');

  const most = weeks.reduce<ReportWeek | null>(
    (best, w) => (w.ms > 0 && (best === null || w.ms > best.ms) ? w : best),
    null,
  );
  const withMinimum = weeks.filter((w) => (w.minimumHours ?? 0) > 0);
  const met = withMinimum.filter((w) => w.ms >= w.minimumHours! * hourMs).length;
  const scale = niceScale(Math.max(...weeks.map((w) => Math.max(w.ms / hourMs, w.minimumHours ?? 0)), 0));
  const y = valueY(plot, scale.max);
  const slot = slots(plot, weeks.length);

  const summary = !most
    ? t('reportWeeksAltEmpty')
    : withMinimum.length > 0
      ? t('reportWeeksAlt', { week: spanOf(most), most: hours(most.ms), met, weeks: withMinimum.length })
      : t('reportWeeksAltNoContract', { week: spanOf(most), most: hours(most.ms) });

  return (
    <ChartFrame
      id={id}
      summary={summary}
      plot={plot}
      legend={[
        { kind: 'hours', text: t('reportLegendHours') },
        ...(withMinimum.length > 0 ? [{ kind: 'minimum', text: t('reportLegendWeekMinimum') }] : []),
      ]}
      table={{
        caption: t('reportWeeks'),
        columns: [t('reportWeek'), t('reportHours'), t('reportWeekMinimum')],
        rows: weeks.map((w) => ({
          key: w.firstDay,
          head: spanOf(w),
          cells: [hours(w.ms), w.minimumHours === null ? '—' : hours(w.minimumHours * hourMs)],
        })),
      }}
    >
      <YGrid plot={plot} place={place} scale={scale} format={(h) => hours(h * hourMs)} />
      {weeks.map((w, index) => {
        const barTop = y(w.ms / hourMs);
        const barWidth = Math.min(slot.width * 0.6, 72);
        const center = slot.center(index);
        return (
          <g key={w.firstDay}>
            {w.ms > 0 && (
              <Column
                plot={plot}
                place={place}
                class="bar"
                left={center - barWidth / 2}
                width={barWidth}
                top={barTop}
              />
            )}
            {(w.minimumHours ?? 0) > 0 && (
              <MinimumMark
                place={place}
                from={center - barWidth / 2 - 8}
                to={center + barWidth / 2 + 8}
                y={y(w.minimumHours!)}
              />
            )}
            <text
              class="value-label"
              x={place.x(center)}
              y={Math.min(barTop, y(w.minimumHours ?? 0)) - 5}
              text-anchor="middle"
            >
              {hours(w.ms)}
            </text>
            <AxisLabel plot={plot} place={place} at={center}>
              {spanOf(w)}
            </AxisLabel>
          </g>
        );
      })}
      <Baseline plot={plot} place={place} />
    </ChartFrame>
  );
}
