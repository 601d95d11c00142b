import type { ReportDay } from '@/utils/reports/month-shape';
import { formatHours, hourMs } from '@/utils/time/format';
import { numberLocale } from '@/utils/i18n/core';
import { niceScale, placer, slots, valueY, type PlotArea } from '@/utils/reports/chart-scale';
import { useI18n } from '../../i18n';
import { ChartFrame } from './frame';
import { AxisLabel, Baseline, Column, MinimumMark, YGrid } from './marks';

const plot: PlotArea = { width: 640, height: 170, top: 10, bottom: 146, start: 40, end: 640 - 6 };

export interface DaysChartProps {
  id: string;
  days: ReportDay[];
  /** Working days up to the report's day (the denominator of "minimum reached on N of M days"). */
  workingDaysSoFar: number | null;
}

/** Hours per day as columns, each day's minimum as a dashed mark across its column, days off shaded. */
export function DaysChart({ id, days, workingDaysSoFar }: DaysChartProps) {
  const { t, locale, dir } = useI18n();
  const numbers = numberLocale(locale);
  const hours = (ms: number) => formatHours(ms, numbers);
  const dayNumber = new Intl.DateTimeFormat(numbers, { day: 'numeric', timeZone: 'UTC' });
  const dayLong = new Intl.DateTimeFormat(numbers, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const dateOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const place = placer(plot.width, dir === 'rtl');

  const tracked = days.filter((d) => d.ms > 0);
  const total = tracked.reduce((sum, d) => sum + d.ms, 0);
  const most = tracked.reduce<ReportDay | null>((best, d) => (best === null || d.ms > best.ms ? d : best), null);
  const hasContract = days.some((d) => d.minimumHours !== null);
  const met = days.filter((d) => (d.minimumHours ?? 0) > 0 && d.ms >= d.minimumHours! * hourMs).length;
  const scale = niceScale(Math.max(most ? most.ms / hourMs : 0, ...days.map((d) => d.minimumHours ?? 0)));
  const y = valueY(plot, scale.max);
  const slot = slots(plot, days.length);

  const summary = !most
    ? t('reportDaysAltEmpty')
    : hasContract
      ? t('reportDaysAlt', {
          total: hours(total),
          days: tracked.length,
          day: dayLong.format(dateOf(most.day)),
          most: hours(most.ms),
          met,
          working: workingDaysSoFar ?? 0,
        })
      : t('reportDaysAltNoContract', {
          total: hours(total),
          days: tracked.length,
          day: dayLong.format(dateOf(most.day)),
          most: hours(most.ms),
        });

  return (
    <ChartFrame
      id={id}
      summary={summary}
      plot={plot}
      legend={[
        { kind: 'hours', text: t('reportLegendHours') },
        ...(hasContract
          ? [
              { kind: 'minimum', text: t('reportLegendMinimum') },
              { kind: 'off', text: t('reportLegendDayOff') },
            ]
          : []),
      ]}
      table={{
        caption: t('reportDays'),
        columns: [t('reportDay'), t('reportHours'), ...(hasContract ? [t('reportDailyMinimum')] : [])],
        rows: days
          .filter((d) => d.ms > 0 || (d.minimumHours ?? 0) > 0)
          .map((d) => ({
            key: d.day,
            head: dayLong.format(dateOf(d.day)),
            cells: [
              hours(d.ms),
              ...(hasContract ? [d.minimumHours === null ? '—' : hours(d.minimumHours * hourMs)] : []),
            ],
          })),
      }}
    >
      {days.map((d, index) =>
        d.minimumHours === 0 ? (
          <rect
            key={`off-${d.day}`}
            class="day-off"
            x={place.x(slot.left(index), slot.width)}
            y={plot.top}
            width={slot.width}
            height={plot.bottom - plot.top}
          />
        ) : null,
      )}
      <YGrid plot={plot} place={place} scale={scale} format={(h) => hours(h * hourMs)} />
      {days.map((d, index) => {
        const left = slot.left(index);
        const barTop = y(d.ms / hourMs);
        const dayOfMonth = Number(d.day.slice(8));
        return (
          <g key={d.day}>
            {d.ms > 0 && (
              <Column
                plot={plot}
                place={place}
                class="bar"
                left={left + slot.width * 0.15}
                width={slot.width * 0.7}
                top={barTop}
              />
            )}
            {(d.minimumHours ?? 0) > 0 && (
              <MinimumMark place={place} from={left} to={left + slot.width} y={y(d.minimumHours!)} />
            )}
            {(dayOfMonth === 1 || dayOfMonth % 5 === 0) && (
              <AxisLabel plot={plot} place={place} at={left + slot.width / 2}>
                {dayNumber.format(dateOf(d.day))}
              </AxisLabel>
            )}
          </g>
        );
      })}
      <Baseline plot={plot} place={place} />
    </ChartFrame>
  );
}
