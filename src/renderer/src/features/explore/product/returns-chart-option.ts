import type { ProductDetail } from '../../../../../shared/contract/explore';
import { formatCount } from '../explore-format';
import { baseChartOption, escapeHtml, productChartColors, type ChartTheme } from './chart-theme';
import { formatMonth } from './rating-chart-option';

type SalesPoint = ProductDetail['sales'][number];

export interface MonthlyReturns {
  month: string;
  units: number;
  returned: number;
}

/**
 * Weekly sales rolled up by the month of each week's Monday: on a slow seller weekly returns
 * are mostly zeros and ones, months show the trend.
 */
export const monthlyReturns = (sales: readonly SalesPoint[]): MonthlyReturns[] => {
  const byMonth = new Map<string, { units: number; returned: number }>();
  for (const point of sales) {
    const month = point.week.slice(0, 7);
    const entry = byMonth.get(month) ?? { units: 0, returned: 0 };
    entry.units += point.units;
    entry.returned += point.returned;
    byMonth.set(month, entry);
  }
  return [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, entry]) => ({ month, ...entry }));
};

/**
 * Units returned per month as bars. Not the monthly rate: returns lag sales, so a month of few
 * sales and many returns from earlier ones would show a rate above 100%.
 */
export const returnsChartOption = (months: readonly MonthlyReturns[], theme: ChartTheme): Record<string, unknown> => {
  const colors = productChartColors[theme];
  const base = baseChartOption(theme);
  return {
    ...base,
    legend: undefined,
    grid: { top: 8, left: 4, right: 4, bottom: 4, containLabel: true },
    tooltip: {
      ...base.tooltip,
      formatter: (params: unknown) => {
        const items = (Array.isArray(params) ? params : [params]) as { dataIndex?: number }[];
        const entry = months[items[0]?.dataIndex ?? -1];
        if (!entry) return '';
        return [
          `<span style="color:${colors.text}">${escapeHtml(formatMonth(entry.month))}</span>`,
          `Units returned&nbsp;&nbsp;<b>${formatCount(entry.returned)}</b>`,
          `Units sold&nbsp;&nbsp;<b>${formatCount(entry.units)}</b>`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: months.map((entry) => formatMonth(entry.month)),
      axisLine: { lineStyle: { color: colors.border } },
      axisTick: { show: false },
      axisLabel: { color: colors.faint, hideOverlap: true, fontSize: 11 },
    },
    yAxis: {
      type: 'value',
      splitNumber: 2,
      splitLine: { lineStyle: { color: colors.line } },
      minInterval: 1,
      axisLabel: { color: colors.faint, fontSize: 11, formatter: (value: number) => formatCount(value) },
    },
    series: [
      {
        name: 'Units returned',
        type: 'bar',
        data: months.map((entry) => entry.returned),
        itemStyle: { color: colors.returned, opacity: 0.75, borderRadius: [2, 2, 0, 0] },
        barMaxWidth: 14,
      },
    ],
  };
};

export const returnsChartDescription = (months: readonly MonthlyReturns[]): string => {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return 'No sales, so no returns.';
  const total = months.reduce((sum, entry) => sum + entry.returned, 0);
  return `Units returned per month from ${formatMonth(first.month)} to ${formatMonth(last.month)}, ${formatCount(total)} in all.`;
};
