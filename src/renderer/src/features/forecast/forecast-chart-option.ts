import type { ForecastEvent, ForecastGrain, ForecastSeries } from '../../../../shared/contract/forecast';
import { formatDay } from '../explore/explore-format';
import { baseChartOption, escapeHtml, productChartColors, type ChartTheme } from '../explore/product/chart-theme';
import type { ForecastMeasure } from './forecast-controls';
import { formatAxisPeriod, formatPeriod, grainUnit, periodEnd, periodStart } from './forecast-dates';
import { formatMeasure, formatMeasureCompact } from './forecast-format';

/** Colours for the forecast layers, as literals from tokens.css and the chart palette (ECharts cannot read CSS variables). */
export const forecastChartColors = {
  light: {
    ...productChartColors.light,
    actual: '#3451d1',
    forecast: '#3451d1',
    band: 'rgba(52, 81, 209, 0.14)',
    bandLegend: 'rgba(52, 81, 209, 0.35)',
    backtest: '#e07a3f',
    holiday: '#8a92a0',
    today: '#5d6675',
  },
  dark: {
    ...productChartColors.dark,
    actual: '#7d93ff',
    forecast: '#7d93ff',
    band: 'rgba(125, 147, 255, 0.2)',
    bandLegend: 'rgba(125, 147, 255, 0.45)',
    backtest: '#f0995e',
    holiday: '#6f7888',
    today: '#a0a8b6',
  },
} as const satisfies Record<ChartTheme, unknown>;

export const ACTUAL_LEGEND = 'Actual';
export const FORECAST_LEGEND = 'Forecast';
export const BACKTEST_LEGEND = 'Backtest';
export const HOLIDAY_LEGEND = 'Holiday';
export const PROMOTION_LEGEND = 'Promotion';
export const STOCK_OUT_LEGEND = 'Likely out of stock';
export const intervalLegend = (confidence: number): string => `${confidence}% interval`;

/** One period of the chart: what happened, what was forecast, and what the backtest said. */
export interface ForecastRow {
  ds: string;
  actual: number | null;
  forecast: { point: number; lower: number; upper: number } | null;
  backtest: { point: number; lower: number; upper: number } | null;
}

/** How much history a small multiple shows: enough for a season or two, short enough to read. */
export const COMPACT_HISTORY: Record<ForecastGrain, number> = { day: 120, week: 78, month: 36 };
/**
 * How much history the large chart shows at first; the zoom bar reaches the rest. Two years of
 * weeks show last year's season beside this one; two years of days are too dense to read, so
 * days start at half a year (and never less than twice the horizon).
 */
export const ZOOM_HISTORY: Record<ForecastGrain, number> = { day: 182, week: 104, month: 120 };

/** History, backtest and forecast by period, in date order; `historyLimit` keeps the last periods of history only. */
export const forecastRows = (series: ForecastSeries, historyLimit = Infinity): ForecastRow[] => {
  const rows = new Map<string, ForecastRow>();
  const row = (ds: string): ForecastRow => {
    const found = rows.get(ds);
    if (found) return found;
    const fresh: ForecastRow = { ds, actual: null, forecast: null, backtest: null };
    rows.set(ds, fresh);
    return fresh;
  };
  const history = Number.isFinite(historyLimit) ? series.history.slice(-historyLimit) : series.history;
  const first = history[0]?.ds;
  for (const point of history) row(point.ds).actual = point.y;
  for (const point of series.backtest?.points ?? []) {
    if (first !== undefined && point.ds < first) continue;
    row(point.ds).backtest = { point: point.point, lower: point.lower, upper: point.upper };
    if (row(point.ds).actual === null) row(point.ds).actual = point.actual;
  }
  for (const point of series.forecast) {
    row(point.ds).forecast = { point: point.point, lower: point.lower, upper: point.upper };
  }
  return [...rows.values()].sort((a, b) => a.ds.localeCompare(b.ds));
};

/**
 * The events that belong on one series' chart. Holidays belong on every chart; main names a
 * member's promotions and stock-outs after it ("Dresses: Promotion …"), so those go on that
 * member's chart only. Events named after no series belong to all.
 */
export const eventsForSeries = (
  events: readonly ForecastEvent[],
  series: Pick<ForecastSeries, 'label'>,
  all: readonly Pick<ForecastSeries, 'label'>[],
): ForecastEvent[] =>
  events.filter(
    (event) =>
      event.kind === 'holiday' ||
      event.label.startsWith(`${series.label}: `) ||
      !all.some((other) => event.label.startsWith(`${other.label}: `)),
  );

/** An event's label without the series name in front, which its chart already says. */
export const eventLabel = (event: ForecastEvent, seriesLabel: string): string =>
  event.label.startsWith(`${seriesLabel}: `) ? event.label.slice(seriesLabel.length + 2) : event.label;

/** The events touching a period. */
export const eventsInPeriod = (events: readonly ForecastEvent[], grain: ForecastGrain, ds: string): ForecastEvent[] => {
  const end = periodEnd(grain, ds);
  return events.filter((event) => event.start <= end && event.end >= ds);
};

/** Holidays as vertical lines at the period holding them; two in one period share a line. */
export const holidayLines = (
  events: readonly ForecastEvent[],
  grain: ForecastGrain,
  categories: readonly string[],
): { xAxis: string; name: string }[] => {
  const present = new Set(categories);
  const lines = new Map<string, string[]>();
  for (const event of events) {
    if (event.kind !== 'holiday') continue;
    const at = periodStart(grain, event.start);
    if (!present.has(at)) continue;
    const labels = lines.get(at) ?? [];
    if (!labels.includes(event.label)) labels.push(event.label);
    lines.set(at, labels);
  }
  return [...lines].map(([xAxis, labels]) => ({ xAxis, name: labels.join(', ') }));
};

/**
 * Promotions or stock-outs as shaded ranges of periods. An event is widened to the periods it
 * touches and clipped to the chart; events outside it are left out (markArea would pin them to
 * the edge and mislead).
 */
export const eventAreas = (
  events: readonly ForecastEvent[],
  grain: ForecastGrain,
  categories: readonly string[],
  kind: 'promotion' | 'stock_out',
  seriesLabel: string,
): [{ name: string; xAxis: string }, { xAxis: string }][] => {
  const areas: [{ name: string; xAxis: string }, { xAxis: string }][] = [];
  for (const event of events) {
    if (event.kind !== kind) continue;
    const from = periodStart(grain, event.start);
    const to = periodStart(grain, event.end);
    const first = categories.find((ds) => ds >= from);
    const last = categories.findLast((ds) => ds <= to);
    if (first === undefined || last === undefined || first > last) continue;
    areas.push([{ name: eventLabel(event, seriesLabel), xAxis: first }, { xAxis: last }]);
  }
  return areas;
};

/** Where the large chart's zoom starts (an index into the rows); null when all of the history fits. */
export const zoomStartIndex = (rows: readonly ForecastRow[], grain: ForecastGrain): number | null => {
  const historyCount = rows.filter((row) => row.forecast === null).length;
  const horizon = rows.length - historyCount;
  const window = Math.max(ZOOM_HISTORY[grain], 2 * horizon);
  return historyCount > window ? historyCount - window : null;
};

export interface ForecastChartOptions {
  measure: ForecastMeasure;
  grain: ForecastGrain;
  confidence: number;
  theme: ChartTheme;
  /** The source's currency (ISO code) for revenue; null shows plain numbers. */
  currency: string | null;
  /** A small multiple: no legend, no zoom, the last stretch of history only. */
  compact?: boolean;
}

type Arrays = {
  actual: (number | null)[];
  lower: (number | null)[];
  band: (number | null)[];
  point: (number | null)[];
  backtest: (number | null)[];
};

/** The series' values by category. The forecast starts from the last actual, so line and band join the history. */
const chartArrays = (rows: readonly ForecastRow[]): Arrays => {
  const firstForecast = rows.findIndex((row) => row.forecast !== null);
  const bridge = firstForecast > 0 ? firstForecast - 1 : -1;
  const bridgeValue = bridge >= 0 ? (rows[bridge]?.actual ?? null) : null;
  const at = (index: number, pick: (forecast: NonNullable<ForecastRow['forecast']>) => number): number | null => {
    const forecast = rows[index]?.forecast;
    if (forecast) return pick(forecast);
    return index === bridge ? bridgeValue : null;
  };
  return {
    actual: rows.map((row) => row.actual),
    lower: rows.map((_, index) => at(index, (forecast) => forecast.lower)),
    band: rows.map((_, index) => {
      const forecast = rows[index]?.forecast;
      if (forecast) return Math.max(0, forecast.upper - forecast.lower);
      return index === bridge && bridgeValue !== null ? 0 : null;
    }),
    point: rows.map((_, index) => at(index, (forecast) => forecast.point)),
    backtest: rows.map((row) => row.backtest?.point ?? null),
  };
};

const markSeries = (name: string, extra: Record<string, unknown>) => ({
  name,
  type: 'line',
  data: [],
  silent: true,
  lineStyle: { opacity: 0 },
  ...extra,
});

/**
 * One series' forecast chart: history solid, forecast dashed over its prediction interval (a
 * stacked band of lower and upper − lower), the backtest dotted over its holdout window, a
 * line where the forecast starts, holidays as thin lines and promotions and stock-outs shaded.
 */
export const forecastChartOption = (
  series: ForecastSeries,
  events: readonly ForecastEvent[],
  options: ForecastChartOptions,
): Record<string, unknown> => {
  const { measure, grain, confidence, theme, currency, compact = false } = options;
  const colors = forecastChartColors[theme];
  const base = baseChartOption(theme);
  const rows = forecastRows(series, compact ? COMPACT_HISTORY[grain] : Infinity);
  const categories = rows.map((row) => row.ds);
  const byDs = new Map(rows.map((row) => [row.ds, row]));
  const arrays = chartArrays(rows);
  const firstForecast = rows.find((row) => row.forecast !== null)?.ds;
  const holidays = holidayLines(events, grain, categories);
  const promotions = eventAreas(events, grain, categories, 'promotion', series.label);
  const stockOuts = eventAreas(events, grain, categories, 'stock_out', series.label);
  const hasBacktest = arrays.backtest.some((value) => value !== null);
  const interval = intervalLegend(confidence);
  const legend = [ACTUAL_LEGEND, FORECAST_LEGEND, interval];
  if (hasBacktest) legend.push(BACKTEST_LEGEND);
  if (holidays.length > 0) legend.push(HOLIDAY_LEGEND);
  if (promotions.length > 0) legend.push(PROMOTION_LEGEND);
  if (stockOuts.length > 0) legend.push(STOCK_OUT_LEGEND);
  const zoomStart = compact ? null : zoomStartIndex(rows, grain);
  const full = (value: number): string => escapeHtml(formatMeasure(measure, value, currency));

  const tooltip = (params: unknown): string => {
    const first = (Array.isArray(params) ? params[0] : params) as { axisValue?: string } | undefined;
    const ds = first?.axisValue ?? '';
    const row = byDs.get(ds);
    if (!row) return '';
    const lines = [`<span style="color:${colors.text}">${escapeHtml(formatPeriod(grain, ds))}</span>`];
    if (row.actual !== null) lines.push(`Actual&nbsp;&nbsp;<b>${full(row.actual)}</b>`);
    if (row.forecast) {
      lines.push(`Forecast&nbsp;&nbsp;<b>${full(row.forecast.point)}</b>`);
      lines.push(`${confidence}% range&nbsp;&nbsp;${full(row.forecast.lower)} – ${full(row.forecast.upper)}`);
    }
    if (row.backtest) {
      lines.push(
        `<span style="color:${colors.backtest}">Backtest forecast</span>&nbsp;&nbsp;<b>${full(row.backtest.point)}</b>`,
      );
      lines.push(`${confidence}% range&nbsp;&nbsp;${full(row.backtest.lower)} – ${full(row.backtest.upper)}`);
    }
    for (const event of eventsInPeriod(events, grain, ds)) {
      const tint =
        event.kind === 'stock_out'
          ? colors.stockOutText
          : event.kind === 'promotion'
            ? colors.promotionText
            : colors.text;
      const when =
        event.start === event.end ? formatDay(event.start) : `${formatDay(event.start)} – ${formatDay(event.end)}`;
      lines.push(
        `<span style="color:${tint}">${escapeHtml(eventLabel(event, series.label))} · ${escapeHtml(when)}</span>`,
      );
    }
    return lines.join('<br/>');
  };

  return {
    ...base,
    animation: !compact,
    legend: compact ? { show: false } : { ...base.legend, data: legend },
    grid: compact
      ? { top: 10, left: 4, right: 10, bottom: 4, containLabel: true }
      : { top: 56, left: 8, right: 32, bottom: zoomStart === null ? 8 : 56, containLabel: true },
    tooltip: {
      ...base.tooltip,
      confine: true,
      axisPointer: { type: 'line', lineStyle: { color: colors.border } },
      formatter: tooltip,
    },
    ...(zoomStart === null
      ? {}
      : {
          dataZoom: [
            { type: 'inside', startValue: zoomStart, endValue: categories.length - 1 },
            {
              type: 'slider',
              startValue: zoomStart,
              endValue: categories.length - 1,
              height: 22,
              bottom: 8,
              borderColor: colors.border,
              fillerColor: colors.band,
              dataBackground: { lineStyle: { color: colors.faint }, areaStyle: { color: colors.line } },
              selectedDataBackground: { lineStyle: { color: colors.actual }, areaStyle: { color: colors.band } },
              handleStyle: { color: colors.surface, borderColor: colors.border },
              moveHandleStyle: { color: colors.border },
              textStyle: { color: colors.faint },
              labelFormatter: (_: number, value: string) => formatAxisPeriod(grain, value),
            },
          ],
        }),
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: false,
      axisLine: { lineStyle: { color: colors.border } },
      axisTick: { show: false },
      axisLabel: {
        color: colors.text,
        hideOverlap: true,
        fontSize: compact ? 10 : 12,
        formatter: (ds: string) => formatAxisPeriod(grain, ds),
      },
    },
    yAxis: {
      type: 'value',
      scale: false,
      splitNumber: compact ? 3 : 5,
      splitLine: { lineStyle: { color: colors.line } },
      axisLabel: {
        color: colors.faint,
        fontSize: compact ? 10 : 12,
        formatter: (value: number) => formatMeasureCompact(measure, value, currency),
      },
    },
    series: [
      {
        name: ACTUAL_LEGEND,
        type: 'line',
        data: arrays.actual,
        showSymbol: false,
        lineStyle: { width: compact ? 1.5 : 2, color: colors.actual },
        itemStyle: { color: colors.actual },
        z: 4,
      },
      {
        name: `${interval} lower`,
        type: 'line',
        data: arrays.lower,
        stack: 'interval',
        stackStrategy: 'all',
        showSymbol: false,
        silent: true,
        lineStyle: { opacity: 0 },
        itemStyle: { color: colors.bandLegend },
        tooltip: { show: false },
      },
      {
        name: interval,
        type: 'line',
        data: arrays.band,
        stack: 'interval',
        stackStrategy: 'all',
        showSymbol: false,
        silent: true,
        lineStyle: { opacity: 0 },
        areaStyle: { color: colors.band },
        itemStyle: { color: colors.bandLegend },
      },
      {
        name: FORECAST_LEGEND,
        type: 'line',
        data: arrays.point,
        showSymbol: false,
        lineStyle: { width: compact ? 1.5 : 2, color: colors.forecast, type: 'dashed' },
        itemStyle: { color: colors.forecast },
        z: 5,
        markLine:
          firstForecast === undefined
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: colors.today, type: 'solid', width: 1 },
                label: compact
                  ? { show: false }
                  : { show: true, position: 'end', formatter: 'Forecast starts', color: colors.text, fontSize: 11 },
                data: [{ xAxis: firstForecast }],
              },
      },
      {
        name: BACKTEST_LEGEND,
        type: 'line',
        data: arrays.backtest,
        showSymbol: !compact,
        symbol: 'circle',
        symbolSize: 4,
        lineStyle: { width: compact ? 1.5 : 2, color: colors.backtest, type: 'dotted' },
        itemStyle: { color: colors.backtest },
        z: 6,
      },
      markSeries(HOLIDAY_LEGEND, {
        itemStyle: { color: colors.holiday },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: colors.holiday, type: 'dashed', width: 1, opacity: 0.7 },
          label: { show: false },
          data: holidays,
        },
      }),
      markSeries(PROMOTION_LEGEND, {
        itemStyle: { color: colors.promotionText },
        markArea: { silent: true, itemStyle: { color: colors.promotion }, label: { show: false }, data: promotions },
      }),
      markSeries(STOCK_OUT_LEGEND, {
        itemStyle: { color: colors.stockOutText },
        markArea: { silent: true, itemStyle: { color: colors.stockOut }, label: { show: false }, data: stockOuts },
      }),
    ],
  };
};

/** What the chart shows, for screen readers. */
export const forecastChartDescription = (
  series: ForecastSeries,
  events: readonly ForecastEvent[],
  options: Pick<ForecastChartOptions, 'measure' | 'grain' | 'confidence'>,
): string => {
  const { measure, grain, confidence } = options;
  const first = series.history[0]?.ds ?? null;
  const last = series.history.at(-1)?.ds ?? null;
  const horizon = series.forecast.length;
  const parts = [
    `${grain === 'day' ? 'Daily' : grain === 'week' ? 'Weekly' : 'Monthly'} ${measure} of ${series.label}`,
    first && last ? ` from ${formatDay(first)} to ${formatDay(last)}` : '',
    horizon > 0
      ? `, forecast for the next ${horizon} ${grainUnit(grain, horizon)} with a ${confidence}% prediction interval`
      : ', with no forecast',
  ];
  const backtest = series.backtest?.points.length ?? 0;
  if (backtest > 0) parts.push(`, and a backtest over the last ${backtest} ${grainUnit(grain, backtest)}`);
  const holidays = events.filter((event) => event.kind === 'holiday').length;
  const others = events.length - holidays;
  if (events.length > 0) parts.push(`. ${holidays} holidays and ${others} promotions or stock-outs are marked`);
  return `${parts.join('')}.`;
};
