/**
 * A chart with its text equivalents: a heading, a one-sentence summary that says what the
 * chart shows (always visible), the chart itself (hidden from screen readers), and the
 * numbers as a table behind «Vis tallene som tabell».
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import './charts.css';

/** Props of ChartFigure. */
export interface ChartFigureProps {
  title: string;
  summary: string;
  tableToggle: string;
  chart: ReactNode;
  table: ReactNode;
}

/** The chart figure. */
export function ChartFigure({ title, summary, tableToggle, chart, table }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="chart-title">
        {title}
      </h3>
      <figcaption className="chart-summary">{summary}</figcaption>
      <div className="chart-canvas" aria-hidden="true">
        {chart}
      </div>
      <details className="chart-details">
        <summary>{tableToggle}</summary>
        {table}
      </details>
    </figure>
  );
}
