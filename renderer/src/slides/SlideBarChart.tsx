/**
 * Bars for a slide, drawn with recharts at the size of their box so the type scales with
 * the slide (projector and print alike). Decorative: the slide states the same numbers in
 * text or a table, so the chart is hidden from screen readers.
 */
import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, XAxis, YAxis } from 'recharts';
import { useElementSize } from './use-element-size';

/** One series of bars. */
export interface SlideSeries {
  key: string;
  label: string;
  color: string;
  /** Colour per category (overrides `color`), e.g. red for an overrun. */
  colors?: readonly string[];
}

/** Props of SlideBarChart. */
export interface SlideBarChartProps {
  data: readonly Record<string, string | number>[];
  categoryKey: string;
  series: readonly SlideSeries[];
  formatValue(value: number): string;
  isHorizontal?: boolean;
  /** Show the value at the end of each bar. */
  hasLabels?: boolean;
}

/** The chart. */
export function SlideBarChart({ data, categoryKey, series, formatValue, isHorizontal = false, hasLabels = true }: SlideBarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(ref);
  // Type scales with the box: by its height, or its width when the chart is a wide strip.
  const font = Math.max(10, Math.round(Math.min(height / 5, Math.max(height / 16, width / 70))));
  const tick = { fill: 'currentColor', fontSize: font };
  const categoryWidth = isHorizontal ? Math.round(width * 0.26) : undefined;
  return (
    <div ref={ref} className="pr-chart" aria-hidden="true">
      {width > 0 && height > 0 ? (
        <BarChart
          accessibilityLayer={false}
          width={width}
          height={height}
          data={[...data]}
          layout={isHorizontal ? 'vertical' : 'horizontal'}
          margin={{ top: font * 1.5, right: isHorizontal ? font * 7 : font, bottom: font / 2, left: font / 2 }}
        >
          <CartesianGrid strokeDasharray="4 4" strokeOpacity={0.35} />
          {isHorizontal ? (
            <>
              {/* The bars carry their values; a value axis would only crowd the slide. */}
              <XAxis type="number" hide />
              <YAxis type="category" dataKey={categoryKey} tick={tick} width={categoryWidth} />
            </>
          ) : (
            <>
              <XAxis type="category" dataKey={categoryKey} tick={tick} />
              {/* Labelled bars need no value axis; without labels a narrow one. */}
              {hasLabels ? (
                <YAxis type="number" hide />
              ) : (
                <YAxis type="number" tick={tick} tickFormatter={(v: number) => formatValue(v)} width={Math.min(font * 6, width * 0.25)} />
              )}
            </>
          )}
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: Math.round(font * 0.85) }} /> : null}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false}>
              {s.colors ? s.colors.map((c, i) => <Cell key={`${s.key}-${i}`} fill={c} />) : null}
              {hasLabels ? (
                <LabelList
                  dataKey={s.key}
                  position={isHorizontal ? 'right' : 'top'}
                  fill="currentColor"
                  fontSize={Math.round(font * 0.9)}
                  formatter={(v: unknown) => (typeof v === 'number' ? formatValue(v) : '')}
                />
              ) : null}
            </Bar>
          ))}
        </BarChart>
      ) : null}
    </div>
  );
}
