import type { ReportDay } from '@/utils/reports/month-shape';
import { formatHours, hourMs } from '@/utils/time/format';
import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../../i18n';
import { ChartFrame, niceScale, placer, YGrid } from './frame';

const width = 640;
const height = 170;
const top = 10;
const bottom = 146;
const plotStart = 40;
const plotEnd = width - 6;

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
  const place = placer(width, dir === 'rtl');

  const tracked = days.filter((d) => d.ms > 0);
  const total = tracked.reduce((sum, d) => sum + d.ms, 0);
  const most = tracked.reduce<ReportDay | null>((best, d) => (best === null || d.ms > best.ms ? d : best), null);
  const hasContract = days.some((d) => d.minimumHours !== null);
  const met = days.filter((d) => (d.minimumHours ?? 0) > 0 && d.ms >= d.minimumHours! * hourMs).length;
  const scale = niceScale(Math.max(most ? most.ms / hourMs : 0, ...days.map((d) => d.minimumHours ?? 0)));
  const y = (h: number) => bottom - (h / scale.max) * (bottom - top);
  const slot = (plotEnd - plotStart) / Math.max(days.length, 1);

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
      width={width}
      height={height}
      legend={[
        { kind: 'hours', text: t('reportLegendHours') },
        ...(hasContract
          ? [
              { kind: 'minimum', text: t('reportLegendMinimum') },
              { kind: 'off', text: t('reportLegendDayOff') },
            ]
          : []),
      ]}
      data={
        <table>
          <caption>{t('reportDays')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportDay')}</th>
              <th scope="col">{t('reportHours')}</th>
              {hasContract && <th scope="col">{t('reportDailyMinimum')}</th>}
            </tr>
          </thead>
          <tbody>
            {days
              .filter((d) => d.ms > 0 || (d.minimumHours ?? 0) > 0)
              .map((d) => (
                <tr key={d.day}>
                  <th scope="row">{dayLong.format(dateOf(d.day))}</th>
                  <td>{hours(d.ms)}</td>
                  {hasContract && <td>{d.minimumHours === null ? '—' : hours(d.minimumHours * hourMs)}</td>}
                </tr>
              ))}
          </tbody>
        </table>
      }
    >
      {days.map((d, index) =>
        d.minimumHours === 0 ? (
          <rect
            key={`off-${d.day}`}
            class="day-off"
            x={place.x(plotStart + index * slot, slot)}
            y={top}
            width={slot}
            height={bottom - top}
          />
        ) : null,
      )}
      <YGrid
        ticks={scale.ticks}
        max={scale.max}
        top={top}
        bottom={bottom}
        plotStart={plotStart}
        plotEnd={plotEnd}
        width={width}
        rtl={dir === 'rtl'}
        format={(h) => hours(h * hourMs)}
      />
      {days.map((d, index) => {
        const left = plotStart + index * slot;
        const barTop = y(d.ms / hourMs);
        const dayOfMonth = Number(d.day.slice(8));
        return (
          <g key={d.day}>
            {d.ms > 0 && (
              <rect
                class="bar"
                x={place.x(left + slot * 0.15, slot * 0.7)}
                y={barTop}
                width={slot * 0.7}
                height={bottom - barTop}
              />
            )}
            {(d.minimumHours ?? 0) > 0 && (
              <line
                class="minimum"
                x1={place.x(left)}
                x2={place.x(left + slot)}
                y1={y(d.minimumHours!)}
                y2={y(d.minimumHours!)}
              />
            )}
            {(dayOfMonth === 1 || dayOfMonth % 5 === 0) && (
              <text class="axis-label" x={place.x(left + slot / 2)} y={bottom + 16} text-anchor="middle">
                {dayNumber.format(dateOf(d.day))}
              </text>
            )}
          </g>
        );
      })}
      <line class="chart-baseline" x1={place.x(plotStart)} x2={place.x(plotEnd)} y1={bottom} y2={bottom} />
    </ChartFrame>
  );
}
