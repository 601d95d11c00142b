import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../../i18n';
import { labelText } from './labels';

/**
 * This month's labels by type as a table whose count cells carry a bar: the numbers are the table itself, the
 * bars (hidden from screen readers) only draw them. Plain HTML, so it mirrors in Arabic by itself.
 */
export function LabelsThisMonth({ labels }: { labels: { label: string; count: number }[] }) {
  const { t, locale } = useI18n();
  const count = new Intl.NumberFormat(numberLocale(locale));
  const most = Math.max(...labels.map((l) => l.count), 1);
  return (
    <table class="label-bars">
      <caption>{t('reportLabelsThisMonth')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reportLabel')}</th>
          <th scope="col">{t('reportCount')}</th>
        </tr>
      </thead>
      <tbody>
        {labels.map(({ label, count: n }) => (
          <tr key={label} data-label={label}>
            <th scope="row">
              <bdi>{labelText(t, label)}</bdi>
            </th>
            <td>
              <span class="hbar-track" aria-hidden="true">
                <span class="hbar" style={{ inlineSize: `${(n / most) * 100}%` }} />
              </span>
              <span class="hbar-value">{count.format(n)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
