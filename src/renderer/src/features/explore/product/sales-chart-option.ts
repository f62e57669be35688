import type { ProductDetail, SalesEvent } from '../../../../../shared/contract/explore';
import { formatCount, formatDay, formatMoneyCompact, formatPrice } from '../explore-format';
import { baseChartOption, escapeHtml, productChartColors, type ChartTheme } from './chart-theme';

type SalesPoint = ProductDetail['sales'][number];

export const STOCK_OUT_LEGEND = 'Likely out of stock';
export const PROMOTION_LEGEND = 'Promotion';

const DAY_MS = 86_400_000;

/** Monday of the ISO week holding a day (YYYY-MM-DD), the key the weekly sales use. */
export const weekOf = (day: string): string => {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - offset * DAY_MS).toISOString().slice(0, 10);
};

/** The events that touch a week (Monday to Sunday). */
export const eventsInWeek = (events: readonly SalesEvent[], week: string): SalesEvent[] => {
  const sunday = new Date(Date.parse(`${week}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  return events.filter((event) => event.start <= sunday && event.end >= week);
};

/**
 * Shaded week ranges for the chart. The x axis is by week, so an event is widened to the
 * weeks it touches; events outside the charted weeks are left out (markArea would clamp them
 * to the edge and mislead).
 */
export const eventAreas = (events: readonly SalesEvent[], weeks: readonly string[], kind: SalesEvent['kind']) => {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (first === undefined || last === undefined) return [];
  return events
    .filter((event) => event.kind === kind)
    .map((event) => ({ ...event, from: weekOf(event.start), to: weekOf(event.end) }))
    .filter((event) => event.to >= first && event.from <= last)
    .map((event) => [
      { name: event.label, xAxis: event.from < first ? first : event.from },
      { xAxis: event.to > last ? last : event.to },
    ]);
};

const eventSeries = (name: string, short: string, data: ReturnType<typeof eventAreas>, fill: string, text: string) => ({
  name,
  type: 'line',
  data: [],
  // The legend swatch takes the series colour: the text colour reads better than the pale fill.
  itemStyle: { color: text },
  lineStyle: { opacity: 0 },
  silent: true,
  markArea: {
    silent: true,
    itemStyle: { color: fill },
    // Stock-outs are rare and get a short tag; promotions recur (every Black Friday), and tags on
    // neighbouring shades run into each other, so they rely on the legend, tooltip and list below.
    label: { show: short !== '', position: 'insideTop', formatter: short, color: text, fontSize: 10, distance: 2 },
    data,
  },
});

/**
 * Weekly revenue (line) and units (bars) on two axes, returned units as a thin line, events
 * shaded; money in `currency` (the source's ISO code; null: plain numbers).
 */
export const salesChartOption = (
  sales: readonly SalesPoint[],
  events: readonly SalesEvent[],
  theme: ChartTheme,
  currency: string | null,
): Record<string, unknown> => {
  const colors = productChartColors[theme];
  const base = baseChartOption(theme);
  const weeks = sales.map((point) => point.week);
  const stockOuts = eventAreas(events, weeks, 'stock_out');
  const promotions = eventAreas(events, weeks, 'promotion');
  const byWeek = new Map(sales.map((point) => [point.week, point]));
  const legend = ['Revenue', 'Units sold', 'Units returned'];
  if (stockOuts.length > 0) legend.push(STOCK_OUT_LEGEND);
  if (promotions.length > 0) legend.push(PROMOTION_LEGEND);
  return {
    ...base,
    legend: { ...base.legend, data: legend },
    grid: { top: 36, left: 8, right: 8, bottom: 8, containLabel: true },
    tooltip: {
      ...base.tooltip,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { axisValue?: string } | undefined;
        const week = first?.axisValue ?? '';
        const point = byWeek.get(week);
        if (!point) return '';
        const lines = [
          `<span style="color:${colors.text}">Week of ${escapeHtml(formatDay(week))}</span>`,
          `Revenue&nbsp;&nbsp;<b>${escapeHtml(formatPrice(point.revenue, currency))}</b>`,
          `Units sold&nbsp;&nbsp;<b>${escapeHtml(formatCount(point.units))}</b>`,
          `Units returned&nbsp;&nbsp;<b>${escapeHtml(formatCount(point.returned))}</b>`,
          `Average price&nbsp;&nbsp;<b>${escapeHtml(formatPrice(point.price, currency))}</b>`,
        ];
        for (const event of eventsInWeek(events, week)) {
          const tint = event.kind === 'stock_out' ? colors.stockOutText : colors.promotionText;
          lines.push(`<span style="color:${tint}">${escapeHtml(event.label)}</span>`);
        }
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: weeks,
      axisLine: { lineStyle: { color: colors.border } },
      axisTick: { show: false },
      axisLabel: { color: colors.text, hideOverlap: true, formatter: (week: string) => formatDay(week).slice(-8) },
    },
    yAxis: [
      {
        type: 'value',
        splitLine: { lineStyle: { color: colors.line } },
        axisLabel: { color: colors.faint, formatter: (value: number) => formatMoneyCompact(value, currency) },
      },
      {
        type: 'value',
        splitLine: { show: false },
        axisLabel: { color: colors.faint, formatter: (value: number) => formatCount(value) },
      },
    ],
    series: [
      {
        name: 'Units sold',
        type: 'bar',
        yAxisIndex: 1,
        data: sales.map((point) => point.units),
        itemStyle: { color: colors.units, borderRadius: [2, 2, 0, 0] },
        barCategoryGap: '20%',
      },
      {
        name: 'Revenue',
        type: 'line',
        data: sales.map((point) => point.revenue),
        showSymbol: false,
        lineStyle: { width: 2, color: colors.revenue },
        itemStyle: { color: colors.revenue },
        z: 3,
      },
      {
        name: 'Units returned',
        type: 'line',
        yAxisIndex: 1,
        data: sales.map((point) => point.returned),
        showSymbol: false,
        lineStyle: { width: 1, color: colors.returned, type: 'dashed' },
        itemStyle: { color: colors.returned },
        z: 2,
      },
      eventSeries(STOCK_OUT_LEGEND, 'Stock-out', stockOuts, colors.stockOut, colors.stockOutText),
      eventSeries(PROMOTION_LEGEND, '', promotions, colors.promotion, colors.promotionText),
    ],
  };
};

/** What the chart shows, for screen readers. */
export const salesChartDescription = (sales: readonly SalesPoint[], events: readonly SalesEvent[]): string => {
  if (sales.length === 0) return 'No sales recorded.';
  const stockOuts = events.filter((event) => event.kind === 'stock_out').length;
  const promotions = events.length - stockOuts;
  return `Weekly revenue, units sold and units returned from ${formatDay(sales[0]?.week ?? null)} to ${formatDay(
    sales.at(-1)?.week ?? null,
  )}, with ${stockOuts} likely stock-outs and ${promotions} promotions shaded.`;
};
