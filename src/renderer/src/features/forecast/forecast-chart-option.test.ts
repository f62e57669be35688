import { describe, expect, it } from 'vitest';
import type { ForecastEvent, ForecastSeries } from '../../../../shared/contract/forecast';
import {
  eventAreas,
  eventLabel,
  eventsForSeries,
  eventsInPeriod,
  forecastChartDescription,
  forecastChartOption,
  forecastRows,
  holidayLines,
  type ForecastRow,
  intervalLegend,
  zoomStartIndex,
} from './forecast-chart-option';

const weeks = (start: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) =>
    new Date(Date.parse(`${start}T00:00:00Z`) + index * 7 * 86_400_000).toISOString().slice(0, 10),
  );

const historyWeeks = weeks('2025-10-06', 10); // to 2025-12-08
const futureWeeks = weeks('2025-12-15', 3);
const series: ForecastSeries = {
  key: 'Dresses',
  label: 'Dresses',
  history: historyWeeks.map((ds, index) => ({ ds, y: 100 + index })),
  forecast: futureWeeks.map((ds, index) => ({ ds, point: 110 + index, lower: 100 + index, upper: 125 + index })),
  backtest: {
    points: historyWeeks.slice(-3).map((ds, index) => ({ ds, point: 105, lower: 95, upper: 115, actual: 107 + index })),
    mase: 0.7,
    smape: 5,
    naiveMase: 1,
    naiveSmape: 8,
  },
  model: 'ETS',
  warnings: [],
};
const events: ForecastEvent[] = [
  { kind: 'holiday', start: '2025-11-28', end: '2025-11-28', label: 'Black Friday' },
  { kind: 'holiday', start: '2025-12-01', end: '2025-12-01', label: 'Cyber Monday' },
  { kind: 'holiday', start: '2025-12-25', end: '2025-12-25', label: 'Christmas Day' },
  { kind: 'promotion', start: '2025-10-15', end: '2025-10-22', label: 'Dresses: Promotion: 20% off' },
  { kind: 'stock_out', start: '2025-11-05', end: '2025-11-06', label: 'Tops: No sales for 2 days' },
];

type SeriesOption = {
  name: string;
  data: (number | null)[];
  markLine?: { data: unknown[] };
  markArea?: { data: unknown[] };
};

describe('forecastRows', () => {
  it('lines up history, backtest and forecast by period', () => {
    const rows = forecastRows(series);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ ds: '2025-10-06', actual: 100, forecast: null, backtest: null });
    expect(rows[9]).toEqual({
      ds: '2025-12-08',
      actual: 109,
      forecast: null,
      backtest: { point: 105, lower: 95, upper: 115 },
    });
    expect(rows[10]).toEqual({
      ds: '2025-12-15',
      actual: null,
      forecast: { point: 110, lower: 100, upper: 125 },
      backtest: null,
    });
  });

  it('keeps the last stretch of history when asked', () => {
    const rows = forecastRows(series, 4);
    expect(rows.map((row) => row.ds)).toEqual([...historyWeeks.slice(-4), ...futureWeeks]);
  });
});

describe('events', () => {
  it('puts holidays on every chart and a member’s events on its own', () => {
    const all = [series, { ...series, label: 'Tops' }];
    expect(eventsForSeries(events, series, all).map((event) => event.label)).toEqual([
      'Black Friday',
      'Cyber Monday',
      'Christmas Day',
      'Dresses: Promotion: 20% off',
    ]);
    expect(eventsForSeries(events, { label: 'Total' }, [{ label: 'Total' }])).toHaveLength(5);
    expect(eventLabel(events[3]!, 'Dresses')).toBe('Promotion: 20% off');
  });

  it('draws holidays as lines at the period holding them', () => {
    const categories = forecastRows(series).map((row) => row.ds);
    expect(holidayLines(events, 'week', categories)).toEqual(
      [
        { xAxis: '2025-11-24', name: 'Black Friday' },
        { xAxis: '2025-12-01', name: 'Cyber Monday' },
        { xAxis: '2025-12-22', name: 'Christmas Day' },
      ].filter((line) => categories.includes(line.xAxis)),
    );
    expect(holidayLines(events, 'month', ['2025-11-01', '2025-12-01'])).toEqual([
      { xAxis: '2025-11-01', name: 'Black Friday' },
      { xAxis: '2025-12-01', name: 'Cyber Monday, Christmas Day' },
    ]);
  });

  it('shades promotions over the periods they touch and leaves out the rest', () => {
    const categories = forecastRows(series).map((row) => row.ds);
    expect(eventAreas(events, 'week', categories, 'promotion', 'Dresses')).toEqual([
      [{ name: 'Promotion: 20% off', xAxis: '2025-10-13' }, { xAxis: '2025-10-20' }],
    ]);
    expect(eventAreas(events, 'week', ['2026-01-05'], 'promotion', 'Dresses')).toEqual([]);
  });

  it('finds the events in a period', () => {
    expect(eventsInPeriod(events, 'week', '2025-11-24').map((event) => event.label)).toEqual(['Black Friday']);
  });
});

describe('zoomStartIndex', () => {
  const long = Array.from({ length: 1000 }, (_, index) => ({
    ds: String(index).padStart(4, '0'),
    actual: 1,
    forecast: null as ForecastRow['forecast'],
    backtest: null,
  }));

  it('zooms to the last half year of a long daily history, two years of weeks', () => {
    expect(zoomStartIndex(long, 'day')).toBe(1000 - 182);
    expect(zoomStartIndex(long, 'week')).toBe(1000 - 104);
    expect(zoomStartIndex(long.slice(0, 150), 'day')).toBeNull();
    expect(zoomStartIndex(long.slice(0, 100), 'week')).toBeNull();
  });

  it('shows at least twice the horizon of history', () => {
    const point = { point: 1, lower: 0, upper: 2 };
    const withForecast = [...long, ...long.slice(0, 120).map((row) => ({ ...row, ds: `f${row.ds}`, forecast: point }))];
    expect(zoomStartIndex(withForecast, 'day')).toBe(1000 - 240);
  });
});

describe('forecastChartOption', () => {
  const mine = eventsForSeries(events, series, [series, { label: 'Tops' }]);
  const option = forecastChartOption(series, mine, {
    measure: 'revenue',
    grain: 'week',
    confidence: 95,
    theme: 'light',
    currency: 'USD',
  });
  const byName = (name: string) => (option['series'] as SeriesOption[]).find((entry) => entry.name === name);

  it('draws history, a forecast joined to it, and the interval as a stacked band', () => {
    expect(byName('Actual')?.data.slice(8, 11)).toEqual([108, 109, null]);
    // The forecast and its band start at the last actual, so they join the history.
    expect(byName('Forecast')?.data.slice(8, 11)).toEqual([null, 109, 110]);
    expect(byName('95% interval lower')?.data.slice(9, 11)).toEqual([109, 100]);
    expect(byName('95% interval')?.data.slice(9, 11)).toEqual([0, 25]);
    expect(byName('Backtest')?.data.slice(6, 11)).toEqual([null, 105, 105, 105, null]);
  });

  it('marks where the forecast starts, the holidays and the promotions', () => {
    expect(byName('Forecast')?.markLine?.data).toEqual([{ xAxis: '2025-12-15' }]);
    expect(byName('Holiday')?.markLine?.data).toHaveLength(3);
    expect(byName('Promotion')?.markArea?.data).toHaveLength(1);
    expect(byName('Likely out of stock')?.markArea?.data).toHaveLength(0);
    const legend = (option['legend'] as { data: string[] }).data;
    expect(legend).toEqual(['Actual', 'Forecast', intervalLegend(95), 'Backtest', 'Holiday', 'Promotion']);
  });

  it('tells the period, actual, forecast, interval and events in the tooltip', () => {
    const formatter = (option['tooltip'] as { formatter: (params: unknown) => string }).formatter;
    const future = formatter([{ axisValue: '2025-12-22' }]);
    expect(future).toContain('Week of 22 Dec 2025');
    expect(future).toContain('Forecast&nbsp;&nbsp;<b>$111</b>');
    expect(future).toContain('95% range&nbsp;&nbsp;$101 – $126');
    expect(future).toContain('Christmas Day');
    const past = formatter([{ axisValue: '2025-12-08' }]);
    expect(past).toContain('Actual&nbsp;&nbsp;<b>$109</b>');
    expect(past).toContain('Backtest forecast');
    expect(formatter([{ axisValue: '1999-01-01' }])).toBe('');
  });

  it('writes revenue in the source’s currency, or plain when it is not known', () => {
    const tooltipOf = (currency: string | null) =>
      (
        forecastChartOption(series, mine, {
          measure: 'revenue',
          grain: 'week',
          confidence: 95,
          theme: 'light',
          currency,
        })['tooltip'] as { formatter: (params: unknown) => string }
      ).formatter([{ axisValue: '2025-12-22' }]);
    expect(tooltipOf('GBP')).toContain('Forecast&nbsp;&nbsp;<b>£111</b>');
    expect(tooltipOf('GBP')).toContain('95% range&nbsp;&nbsp;£101 – £126');
    expect(tooltipOf(null)).toContain('Forecast&nbsp;&nbsp;<b>111</b>');
  });

  it('leaves the legend and zoom out of a small multiple and keeps its history short', () => {
    const long: ForecastSeries = {
      ...series,
      history: weeks('2022-01-03', 200).map((ds) => ({ ds, y: 1 })),
      forecast: [],
      backtest: null,
    };
    const compact = forecastChartOption(long, [], {
      measure: 'units',
      grain: 'week',
      confidence: 80,
      theme: 'dark',
      currency: null,
      compact: true,
    });
    expect(compact['legend']).toEqual({ show: false });
    expect(compact['dataZoom']).toBeUndefined();
    expect((compact['xAxis'] as { data: string[] }).data).toHaveLength(78);
    const large = forecastChartOption(long, [], {
      measure: 'units',
      grain: 'week',
      confidence: 80,
      theme: 'dark',
      currency: null,
    });
    expect((large['dataZoom'] as { startValue: number }[])[0]?.startValue).toBe(96);
  });
});

describe('forecastChartDescription', () => {
  it('describes the chart in a sentence', () => {
    expect(forecastChartDescription(series, events, { measure: 'revenue', grain: 'week', confidence: 95 })).toBe(
      'Weekly revenue of Dresses from 6 Oct 2025 to 8 Dec 2025, forecast for the next 3 weeks with a 95% prediction interval, and a backtest over the last 3 weeks. 3 holidays and 2 promotions or stock-outs are marked.',
    );
  });
});
