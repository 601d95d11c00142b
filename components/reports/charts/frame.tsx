// What every chart on the client report shares: a figure whose picture (SVG, role img) is named by the
// visible one-sentence summary under it, with the numbers behind it in a table a click away (and always in the
// accessibility tree's reach). SVGs are laid out left to right; `placer` (utils/reports/chart-scale.ts) mirrors positions for Arabic, so time
// runs in reading direction (the first of the month on the right) while the glyphs are never mirrored.
import type { ComponentChildren } from 'preact';
import type { PlotArea } from '@/utils/reports/chart-scale';
import { useI18n } from '../../i18n';

/** The numbers behind the picture, as a table with a caption: a row each (a day, a week, a count), named first. */
export interface ChartTable {
  caption: ComponentChildren;
  columns: string[];
  rows: { key: string | number; head: ComponentChildren; cells: ComponentChildren[] }[];
}

export interface ChartFrameProps {
  id: string;
  summary: string;
  plot: PlotArea;
  /** The picture's legend, shown beside it (hidden from screen readers: the summary and table say it). */
  legend?: { kind: string; text: string }[];
  table: ChartTable;
  children: ComponentChildren;
}

export function ChartFrame({ id, summary, plot, legend, table, children }: ChartFrameProps) {
  const { t } = useI18n();
  return (
    <figure class="report-chart">
      <svg
        class="chart"
        role="img"
        aria-labelledby={`${id}-summary`}
        viewBox={`0 0 ${plot.width} ${plot.height}`}
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
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.head}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
