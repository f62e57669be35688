import type { ResultColumn } from '../../../../shared/contract/query';
import { chartColors, type ChartTheme } from '../ask/chart-option';
import { columnLabel, formatValue, isPercentColumn } from '../ask/format-answer';
import { numberOf, type Cell, type PinnedChartSpec } from './report-snapshot';

/** Series colours as the Ask charts use them: the accent first, then hues apart in both themes. */
export const reportPalettes: Record<ChartTheme, string[]> = {
  light: ['#3451d1', '#e07a3f', '#2f9e6f', '#b04fc4', '#d4a82c', '#3aa5c9', '#c2362f', '#6b7385'],
  dark: ['#7d93ff', '#f0995e', '#4cc585', '#cf7be0', '#e8c252', '#5cc3e6', '#f0766d', '#a0a8b6'],
};

/** Pie slices beyond this many fold into "Other": thirty slivers say nothing. */
export const PIE_SLICES = 10;

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const axisPercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const chartTypeLabel: Record<PinnedChartSpec['type'], string> = {
  bar: 'Bar',
  line: 'Line',
  area: 'Area',
  scatter: 'Scatter',
  pie: 'Pie',
};

/** Words for a screen reader: "Bar chart of Revenue by Category". */
export const reportChartDescription = (spec: PinnedChartSpec, columns: readonly ResultColumn[]): string => {
  const measures = spec.y.map((index) => columnLabel(columns[index]?.name ?? `column ${index + 1}`)).join(' and ');
  return `${chartTypeLabel[spec.type]} chart of ${measures} by ${columnLabel(columns[spec.x]?.name ?? 'row')}`;
};

/** Pie data, largest first, with the tail folded into "Other". */
export const pieData = (labels: readonly string[], values: readonly (number | null)[]) => {
  const slices = labels
    .map((name, index) => ({ name, value: values[index] ?? 0 }))
    .filter((slice) => slice.value > 0)
    .sort((a, b) => b.value - a.value);
  if (slices.length <= PIE_SLICES) return slices;
  const other = slices.slice(PIE_SLICES - 1).reduce((sum, slice) => sum + slice.value, 0);
  return [...slices.slice(0, PIE_SLICES - 1), { name: 'Other', value: other }];
};

/**
 * The ECharts option for a SQL report's chart, from its snapshot and pinned chart settings (x and
 * y as column indexes). Colours are literals of tokens.css per theme: ECharts cannot read CSS.
 * `animation: false` suits an export drawn off screen.
 */
export const reportChartOption = (
  spec: PinnedChartSpec,
  columns: readonly ResultColumn[],
  rows: readonly (readonly Cell[])[],
  theme: ChartTheme,
  options: { animation?: boolean; background?: string } = {},
): Record<string, unknown> => {
  const colors = chartColors[theme];
  const xColumn = columns[spec.x] ?? { name: 'x', type: 'VARCHAR' };
  const measures = spec.y.map((index) => ({
    index,
    column: columns[index] ?? { name: `column ${index + 1}`, type: 'DOUBLE' },
  }));
  const labels = rows.map((row) => formatValue(row[spec.x], xColumn));
  const base = {
    backgroundColor: options.background ?? 'transparent',
    animation: options.animation ?? true,
    animationDuration: 300,
    color: reportPalettes[theme],
    textStyle: { fontFamily: 'Inter Variable, system-ui, sans-serif', color: colors.text, fontSize: 12 },
  };
  const tooltipBase = {
    backgroundColor: colors.surface,
    borderColor: colors.border,
    textStyle: { color: colors.ink, fontSize: 12 },
  };
  const legend =
    measures.length > 1 || spec.type === 'pie'
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
    const first = measures[0];
    const values = rows.map((row) => numberOf(row[first?.index ?? 0]));
    return {
      ...base,
      tooltip: {
        ...tooltipBase,
        trigger: 'item',
        valueFormatter: (value: unknown) =>
          first ? formatValue(typeof value === 'number' ? value : null, first.column) : String(value),
      },
      legend: { ...legend, orient: 'vertical', left: 'left', top: 'middle' },
      series: [
        {
          type: 'pie',
          name: columnLabel(first?.column.name ?? ''),
          radius: ['42%', '72%'],
          center: ['62%', '50%'],
          avoidLabelOverlap: true,
          itemStyle: { borderColor: colors.surface, borderWidth: 2 },
          label: { color: colors.text, formatter: '{d}%' },
          data: pieData(labels, values),
        },
      ],
    };
  }

  const axisFormatter = (column: ResultColumn | undefined) => (value: number) =>
    column && isPercentColumn(column.name) ? axisPercent.format(value) : compact.format(value);
  const valueAxis = {
    type: 'value',
    splitLine: { lineStyle: { color: colors.line } },
    axisLabel: { color: colors.faint, formatter: axisFormatter(measures[0]?.column) },
  };

  if (spec.type === 'scatter') {
    return {
      ...base,
      tooltip: {
        ...tooltipBase,
        trigger: 'item',
        formatter: (params: unknown) => {
          const item = params as { seriesName?: string; value?: [number, number]; marker?: string };
          const [x, y] = item.value ?? [0, 0];
          return `${item.marker ?? ''}${escapeHtml(item.seriesName ?? '')}<br/>${escapeHtml(
            `${columnLabel(xColumn.name)} ${formatValue(x, xColumn)} · ${formatValue(y, measures[0]?.column ?? xColumn)}`,
          )}`;
        },
      },
      legend,
      grid: { left: 8, right: 16, top: legend ? 36 : 12, bottom: 28, containLabel: true },
      xAxis: {
        type: 'value',
        name: columnLabel(xColumn.name),
        nameLocation: 'middle',
        nameGap: 24,
        nameTextStyle: { color: colors.text },
        splitLine: { lineStyle: { color: colors.line } },
        axisLabel: { color: colors.faint, formatter: axisFormatter(xColumn) },
      },
      yAxis: valueAxis,
      series: measures.map(({ index, column }) => ({
        type: 'scatter',
        name: columnLabel(column.name),
        symbolSize: 6,
        data: rows
          .map((row) => [numberOf(row[spec.x]), numberOf(row[index])])
          .filter((point): point is [number, number] => point[0] !== null && point[1] !== null),
      })),
    };
  }

  const formatters = new Map(measures.map(({ column }) => [columnLabel(column.name), column]));
  const leaning = labels.length > 8 && labels.length <= 40 && labels.some((label) => label.length > 6);
  return {
    ...base,
    tooltip: {
      ...tooltipBase,
      trigger: 'axis',
      axisPointer: { type: spec.type === 'bar' ? 'shadow' : 'line', shadowStyle: { opacity: 0.3 } },
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
          .map((item) => {
            const column = formatters.get(item.seriesName ?? '');
            const text = column ? formatValue(item.value, column) : String(item.value);
            return `${item.marker ?? ''}${escapeHtml(item.seriesName ?? '')}&nbsp;&nbsp;<b>${escapeHtml(text)}</b>`;
          });
        return [`<span style="color:${colors.text}">${escapeHtml(head)}</span>`, ...lines].join('<br/>');
      },
    },
    legend,
    grid: { left: 8, right: 16, top: legend ? 36 : 12, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: labels,
      axisLine: { lineStyle: { color: colors.border } },
      axisTick: { show: false },
      // Many categories lean so each keeps its name; a long series of dates thins out instead.
      axisLabel: {
        color: colors.text,
        hideOverlap: true,
        ...(leaning ? { rotate: 30, interval: 0, width: 120, overflow: 'truncate' } : {}),
      },
    },
    yAxis: valueAxis,
    dataZoom: labels.length > 60 ? [{ type: 'inside' }] : [],
    series: measures.map(({ index, column }) => {
      const data = rows.map((row) => numberOf(row[index]));
      const name = columnLabel(column.name);
      return spec.type === 'bar'
        ? { type: 'bar', name, data, barMaxWidth: 32, itemStyle: { borderRadius: [3, 3, 0, 0] } }
        : {
            type: 'line',
            name,
            data,
            showSymbol: labels.length <= 40,
            symbolSize: 5,
            smooth: 0.2,
            lineStyle: { width: 2 },
            connectNulls: false,
            ...(spec.type === 'area' ? { areaStyle: { opacity: 0.18 } } : {}),
          };
    }),
  };
};

/** Pixels a report's chart is drawn at, on screen and in an export. */
export const REPORT_CHART_HEIGHT = 300;
