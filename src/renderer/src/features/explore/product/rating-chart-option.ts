import type { ProductDetail } from '../../../../../shared/contract/explore';
import { formatCount } from '../explore-format';
import { baseChartOption, escapeHtml, productChartColors, type ChartTheme } from './chart-theme';

type RatingMonth = ProductDetail['ratingByMonth'][number];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 2026-03 (or 2026-03-01) → Mar 2026 */
export const formatMonth = (month: string): string =>
  `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;

export const starLabel = (stars: number): string => `${stars}★`;

/** Monthly review counts stacked by star (1★ at the bottom, red to green) and the average as a line. */
export const ratingChartOption = (months: readonly RatingMonth[], theme: ChartTheme): Record<string, unknown> => {
  const colors = productChartColors[theme];
  const base = baseChartOption(theme);
  const labels = months.map((entry) => formatMonth(entry.month));
  return {
    ...base,
    grid: { top: 36, left: 8, right: 8, bottom: 8, containLabel: true },
    tooltip: {
      ...base.tooltip,
      formatter: (params: unknown) => {
        const items = (Array.isArray(params) ? params : [params]) as { dataIndex?: number }[];
        const entry = months[items[0]?.dataIndex ?? -1];
        if (!entry) return '';
        const total = entry.counts.reduce((sum, count) => sum + count, 0);
        const lines = [
          `<span style="color:${colors.text}">${escapeHtml(formatMonth(entry.month))}</span>`,
          `Average&nbsp;&nbsp;<b>${entry.average === null ? '—' : entry.average.toFixed(2)}</b> from ${formatCount(total)} reviews`,
        ];
        for (let stars = 5; stars >= 1; stars -= 1) {
          lines.push(
            `<span style="color:${colors.stars[stars - 1]}">●</span> ${starLabel(stars)}&nbsp;&nbsp;<b>${formatCount(entry.counts[stars - 1] ?? 0)}</b>`,
          );
        }
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: labels,
      axisLine: { lineStyle: { color: colors.border } },
      axisTick: { show: false },
      axisLabel: { color: colors.text, hideOverlap: true },
    },
    yAxis: [
      {
        type: 'value',
        minInterval: 1,
        splitLine: { lineStyle: { color: colors.line } },
        axisLabel: { color: colors.faint },
      },
      {
        type: 'value',
        min: 1,
        max: 5,
        interval: 1,
        splitLine: { show: false },
        axisLabel: { color: colors.faint, formatter: (value: number) => `${value}★` },
      },
    ],
    series: [
      ...[1, 2, 3, 4, 5].map((stars) => ({
        name: starLabel(stars),
        type: 'bar',
        stack: 'stars',
        data: months.map((entry) => entry.counts[stars - 1] ?? 0),
        itemStyle: { color: colors.stars[stars - 1] },
        barMaxWidth: 28,
        emphasis: { focus: 'series' },
      })),
      {
        name: 'Average rating',
        type: 'line',
        yAxisIndex: 1,
        data: months.map((entry) => entry.average),
        connectNulls: true,
        symbolSize: 5,
        lineStyle: { width: 2, color: colors.average },
        itemStyle: { color: colors.average },
        z: 5,
      },
    ],
  };
};

export const ratingChartDescription = (months: readonly RatingMonth[]): string => {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return 'No ratings yet.';
  const total = months.reduce((sum, entry) => sum + entry.counts.reduce((a, b) => a + b, 0), 0);
  return `Reviews per month by star rating from ${formatMonth(first.month)} to ${formatMonth(last.month)}, ${total} in all, with the monthly average rating as a line.`;
};
