import type { ChartSpec } from '../../../../shared/contract';
import type { ResultColumn } from '../../../../shared/contract/query';
import { columnLabel, formatValue, isPercentColumn, numericValue } from './format-answer';

export type SeriesChartSpec = Extract<ChartSpec, { type: 'line' | 'bar' | 'pie' }>;
type Rows = readonly (readonly unknown[])[];

/**
 * The colours of tokens.css, for ECharts (which draws with literal colours). The chart is
 * drawn before the theme attribute changes on <html>, so it cannot read the CSS variables.
 */
export const chartColors = {
  light: { text: '#5d6675', faint: '#8a92a0', line: '#e2e5ea', surface: '#ffffff', border: '#cfd4db', ink: '#161a21' },
  dark: { text: '#a0a8b6', faint: '#6f7888', line: '#262b35', surface: '#1b1f27', border: '#353b48', ink: '#e7e9ee' },
} as const;
export type ChartTheme = keyof typeof chartColors;

/** Series colours: the accent first, then hues that stay apart in both themes. */
const palettes: Record<ChartTheme, string[]> = {
  light: ['#3451d1', '#e07a3f', '#2f9e6f', '#b04fc4', '#d4a82c', '#3aa5c9', '#c2362f', '#6b7385'],
  dark: ['#7d93ff', '#f0995e', '#4cc585', '#cf7be0', '#e8c252', '#5cc3e6', '#f0766d', '#a0a8b6'],
};

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const axisPercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

interface SeriesData {
  name: string;
  column: ResultColumn;
  values: (number | null)[];
}

interface ChartData {
  categories: string[];
  series: SeriesData[];
}

/** Categories along x, and one series per measure (or per measure and split value). */
export const chartData = (spec: SeriesChartSpec, columns: readonly ResultColumn[], rows: Rows): ChartData => {
  const xIndex = columns.findIndex((column) => column.name === spec.x);
  const xColumn = columns[xIndex] ?? { name: spec.x, type: 'VARCHAR' };
  const measures = spec.series
    .map((name) => ({ index: columns.findIndex((column) => column.name === name), name }))
    .filter((measure) => measure.index >= 0);
  const label = (row: readonly unknown[]): string => formatValue(row[xIndex], xColumn);

  const splitIndex = spec.splitBy === null ? -1 : columns.findIndex((column) => column.name === spec.splitBy);
  if (splitIndex < 0) {
    return {
      categories: rows.map(label),
      series: measures.map(({ index, name }) => ({
        name: columnLabel(name),
        column: columns[index] ?? { name, type: 'DOUBLE' },
        values: rows.map((row) => numericValue(row[index])),
      })),
    };
  }

  const splitColumn = columns[splitIndex] ?? { name: spec.splitBy ?? '', type: 'VARCHAR' };
  const categories = [...new Set(rows.map(label))];
  const position = new Map(categories.map((category, index) => [category, index]));
  // Split values in order of their total, largest first, so the legend reads as a ranking.
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = formatValue(row[splitIndex], splitColumn);
    totals.set(key, (totals.get(key) ?? 0) + Math.abs(numericValue(row[measures[0]?.index ?? -1]) ?? 0));
  }
  const splits = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  const series: SeriesData[] = [];
  for (const split of splits) {
    for (const { index, name } of measures) {
      const values: (number | null)[] = categories.map(() => null);
      for (const row of rows) {
        if (formatValue(row[splitIndex], splitColumn) !== split) continue;
        const at = position.get(label(row));
        if (at !== undefined) values[at] = numericValue(row[index]);
      }
      series.push({
        name: measures.length > 1 ? `${split} · ${columnLabel(name)}` : split,
        column: columns[index] ?? { name, type: 'DOUBLE' },
        values,
      });
    }
  }
  return { categories, series };
};

const axisLabel = (column: ResultColumn | undefined) => (value: number) =>
  column && isPercentColumn(column.name) ? axisPercent.format(value) : compact.format(value);

/** Pixels a chart needs: horizontal rankings grow with their bars. */
export const chartHeight = (spec: SeriesChartSpec, rows: number): number =>
  spec.type === 'bar' && spec.horizontal
    ? Math.min(480, Math.max(160, rows * 22 + 48))
    : spec.type === 'pie'
      ? 300
      : 280;

/** The ECharts option for an answer's chart. */
export const chartOption = (
  spec: SeriesChartSpec,
  columns: readonly ResultColumn[],
  rows: Rows,
  theme: ChartTheme,
): Record<string, unknown> => {
  const colors = chartColors[theme];
  const { categories, series } = chartData(spec, columns, rows);
  const formatterFor = (name: string) => (value: unknown) => {
    const column = series.find((entry) => entry.name === name)?.column;
    return column ? formatValue(value, column) : String(value);
  };
  const base = {
    backgroundColor: 'transparent',
    color: palettes[theme],
    animationDuration: 300,
    textStyle: { fontFamily: 'Inter Variable, system-ui, sans-serif', color: colors.text, fontSize: 12 },
    tooltip: {
      trigger: spec.type === 'pie' ? 'item' : 'axis',
      backgroundColor: colors.surface,
      borderColor: colors.border,
      textStyle: { color: colors.ink, fontSize: 12 },
      axisPointer: { type: spec.type === 'line' ? 'line' : 'shadow', shadowStyle: { opacity: 0.3 } },
      valueFormatter: (value: unknown) => formatterFor(series[0]?.name ?? '')(value),
    },
  };
  const legend =
    series.length > 1 || spec.type === 'pie'
      ? {
          type: 'scroll',
          top: 0,
          left: 0,
          icon: 'roundRect',
          itemWidth: 10,
          itemHeight: 10,
          textStyle: { color: colors.text },
          pageTextStyle: { color: colors.text },
        }
      : undefined;

  if (spec.type === 'pie') {
    const first = series[0];
    return {
      ...base,
      legend: { ...legend, orient: 'vertical', left: 'left', top: 'middle' },
      series: [
        {
          type: 'pie',
          name: first?.name ?? '',
          radius: ['42%', '72%'],
          center: ['62%', '50%'],
          avoidLabelOverlap: true,
          itemStyle: { borderColor: colors.surface, borderWidth: 2 },
          label: { color: colors.text, formatter: '{d}%' },
          data: categories.map((name, index) => ({ name, value: first?.values[index] ?? null })),
          tooltip: { valueFormatter: formatterFor(first?.name ?? '') },
        },
      ],
    };
  }

  const horizontal = spec.type === 'bar' && spec.horizontal;
  // Two measures of different sizes (revenue and units) each get their own axis.
  const twoAxes = !horizontal && spec.splitBy === null && series.length === 2;
  const categoryAxis = {
    type: 'category',
    data: categories,
    inverse: horizontal,
    axisLine: { lineStyle: { color: colors.border } },
    axisTick: { show: false },
    axisLabel: { color: colors.text, hideOverlap: true, ...(horizontal ? { width: 140, overflow: 'truncate' } : {}) },
  };
  const valueAxis = (index: number) => ({
    type: 'value',
    splitLine: { lineStyle: { color: colors.line } },
    axisLabel: { color: colors.faint, formatter: axisLabel(series[index]?.column) },
    ...(twoAxes && index === 1 ? { splitLine: { show: false } } : {}),
  });
  const valueAxes = twoAxes ? [valueAxis(0), valueAxis(1)] : valueAxis(0);
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      // Each series in its own format (revenue with decimals, units whole).
      valueFormatter: undefined,
      formatter: (params: unknown) => {
        const items = (Array.isArray(params) ? params : [params]) as {
          axisValueLabel?: string;
          seriesName?: string;
          value?: unknown;
          marker?: string;
        }[];
        const head = items[0]?.axisValueLabel ?? '';
        const lines = items
          .filter((item) => item.value !== null && item.value !== undefined)
          .map(
            (item) =>
              `${item.marker ?? ''}${escapeHtml(item.seriesName ?? '')}&nbsp;&nbsp;<b>${escapeHtml(formatterFor(item.seriesName ?? '')(item.value))}</b>`,
          );
        return [`<span style="color:${colors.text}">${escapeHtml(head)}</span>`, ...lines].join('<br/>');
      },
    },
    legend,
    grid: {
      left: 8,
      right: twoAxes ? 8 : 16,
      top: legend ? 36 : 12,
      bottom: 8,
      containLabel: true,
    },
    xAxis: horizontal ? valueAxes : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxes,
    dataZoom: !horizontal && categories.length > 60 ? [{ type: 'inside' }] : [],
    series: series.map((entry, index) =>
      spec.type === 'line'
        ? {
            type: 'line',
            name: entry.name,
            data: entry.values,
            yAxisIndex: twoAxes ? index : 0,
            showSymbol: categories.length <= 40,
            symbolSize: 5,
            smooth: 0.2,
            lineStyle: { width: 2 },
            connectNulls: false,
            ...(series.length === 1 ? { areaStyle: { opacity: 0.08 } } : {}),
          }
        : {
            type: 'bar',
            name: entry.name,
            data: entry.values,
            ...(horizontal ? {} : { yAxisIndex: twoAxes ? index : 0 }),
            barMaxWidth: horizontal ? 18 : 32,
            itemStyle: { borderRadius: horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
          },
    ),
  };
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Words for a screen reader: "Bar chart of Revenue by Category". */
export const chartDescription = (spec: SeriesChartSpec): string => {
  const kind = spec.type === 'bar' ? 'Bar' : spec.type === 'line' ? 'Line' : 'Pie';
  const measures = spec.series.map(columnLabel).join(' and ');
  const split = spec.splitBy ? ` and ${columnLabel(spec.splitBy)}` : '';
  return `${kind} chart of ${measures} by ${columnLabel(spec.x)}${split}`;
};
