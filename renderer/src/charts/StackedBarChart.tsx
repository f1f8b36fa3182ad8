/**
 * Stacked (or grouped) bars with recharts: one bar per category, one segment per series,
 * optionally a reference line (the frame). Axis text uses the current text colour.
 */
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One series (segment) of the bars. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/** Props of StackedBarChart. */
export interface StackedBarChartProps {
  data: readonly Record<string, string | number>[];
  /** Key of the category name in each datum. */
  categoryKey: string;
  series: readonly ChartSeries[];
  /** Stack the series (true) or put them side by side. */
  isStacked?: boolean;
  /** Horizontal bars (categories on the y axis) — better for long names. */
  isHorizontal?: boolean;
  reference?: { value: number; label: string };
  formatValue(value: number): string;
  height?: number;
}

/** The bar chart. */
export function StackedBarChart({ data, categoryKey, series, isStacked = true, isHorizontal = false, reference, formatValue, height = 260 }: StackedBarChartProps) {
  const tick = { fill: 'currentColor', fontSize: 12 };
  const valueAxis = { tick, tickFormatter: (v: number) => formatValue(v), width: 110 };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={[...data]} layout={isHorizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        {isHorizontal ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" dataKey={categoryKey} tick={tick} width={170} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey={categoryKey} tick={tick} />
            <YAxis type="number" {...valueAxis} />
          </>
        )}
        {/* The tooltip box is white in both themes; its text in the series colours (the grey is 3.3:1) fails contrast, so dark text. */}
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))}
          isAnimationActive={false}
          contentStyle={{ background: '#fff', borderColor: '#6b7280' }}
          itemStyle={{ color: '#111' }}
          labelStyle={{ color: '#111' }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={isStacked ? 'a' : undefined} isAnimationActive={false} />
        ))}
        {reference ? (
          isHorizontal ? (
            <ReferenceLine x={reference.value} stroke="currentColor" strokeDasharray="6 3" label={{ value: reference.label, fill: 'currentColor', fontSize: 12, position: 'top' }} />
          ) : (
            <ReferenceLine y={reference.value} stroke="currentColor" strokeDasharray="6 3" label={{ value: reference.label, fill: 'currentColor', fontSize: 12, position: 'insideTopRight' }} />
          )
        ) : null}
      </BarChart>
    </ResponsiveContainer>
  );
}
