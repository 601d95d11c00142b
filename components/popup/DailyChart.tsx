import { useMemo } from 'preact/hooks';
import type { DayTotal } from '@/utils/time/split';
import { formatHours, hourMs } from '@/utils/time/format';
import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../i18n';

export interface DailyChartProps {
  days: DayTotal[];
  today: string;
  /** A guide line at this many hours (the daily minimums of the month's contracts added up), if any. */
  guideHours: number | null;
}

/**
 * Hours per day of the month as SVG bars (no chart library: 31 rectangles). Bars run in reading direction,
 * so the first of the month is on the right in Arabic. Screen readers get one sentence instead of the bars.
 */
export function DailyChart({ days, today, guideHours }: DailyChartProps) {
  const { t, locale, dir } = useI18n();
  const numbers = numberLocale(locale);
  // Built once per locale, not on each of the popup's once-a-second frames.
  const dayFormat = useMemo(
    () => new Intl.DateTimeFormat(numbers, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    [numbers],
  );
  const width = 7;
  const height = 48;
  const tracked = days.filter((d) => d.ms > 0);
  const most = tracked.reduce<DayTotal | null>((best, d) => (best === null || d.ms > best.ms ? d : best), null);
  const scaleHours = Math.max(most ? most.ms / hourMs : 0, guideHours ?? 0, 1);
  const y = (hours: number) => height - (hours / scaleHours) * height;
  const total = days.reduce((sum, d) => sum + d.ms, 0);
  const dayLabel = (day: string) => dayFormat.format(Date.parse(`${day}T00:00:00Z`));
  const alt = most
    ? t('chartAlt', {
        total: formatHours(total, numbers),
        days: tracked.length,
        day: dayLabel(most.day),
        most: formatHours(most.ms, numbers),
      })
    : t('chartAltEmpty');
  return (
    <figure class="daily-chart">
      <figcaption aria-hidden="true">{t('chartTitle')}</figcaption>
      <svg role="img" aria-label={alt} viewBox={`0 0 ${days.length * width} ${height}`} preserveAspectRatio="none">
        {days.map((d, index) => {
          const x = (dir === 'rtl' ? days.length - 1 - index : index) * width;
          const top = y(d.ms / hourMs);
          return (
            <rect
              key={d.day}
              class={d.day === today ? 'bar bar-today' : 'bar'}
              x={x + 1}
              y={top}
              width={width - 2}
              height={height - top}
            >
              <title>{t('chartDay', { day: dayLabel(d.day), hours: formatHours(d.ms, numbers) })}</title>
            </rect>
          );
        })}
        {guideHours !== null && guideHours > 0 && (
          <line class="guide" x1={0} x2={days.length * width} y1={y(guideHours)} y2={y(guideHours)} />
        )}
      </svg>
    </figure>
  );
}
