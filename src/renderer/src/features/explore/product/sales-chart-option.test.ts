import { describe, expect, it } from 'vitest';
import type { SalesEvent } from '../../../../../shared/contract/explore';
import { eventAreas, eventsInWeek, salesChartDescription, salesChartOption, weekOf } from './sales-chart-option';

const sales = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'].map((week, index) => ({
  week,
  revenue: 100 * (index + 1),
  units: 2 * (index + 1),
  returned: index,
  price: 50,
}));
const weeks = sales.map((point) => point.week);
const stockOut: SalesEvent = {
  kind: 'stock_out',
  start: '2026-01-14',
  end: '2026-01-21',
  label: 'No sales for 8 days',
};
const promotion: SalesEvent = {
  kind: 'promotion',
  start: '2025-12-01',
  end: '2026-01-06',
  label: 'Promotion: 20% off',
};

describe('weekOf', () => {
  it('finds the Monday of a day’s ISO week', () => {
    expect(weekOf('2026-01-14')).toBe('2026-01-12');
    expect(weekOf('2026-01-12')).toBe('2026-01-12');
    expect(weekOf('2026-01-18')).toBe('2026-01-12');
    expect(weekOf('2026-03-01')).toBe('2026-02-23');
  });
});

describe('eventAreas', () => {
  it('widens an event to the weeks it touches', () => {
    expect(eventAreas([stockOut, promotion], weeks, 'stock_out')).toEqual([
      [{ name: 'No sales for 8 days', xAxis: '2026-01-12' }, { xAxis: '2026-01-19' }],
    ]);
  });

  it('clamps an event that starts before the chart to its first week', () => {
    expect(eventAreas([promotion], weeks, 'promotion')).toEqual([
      [{ name: 'Promotion: 20% off', xAxis: '2026-01-05' }, { xAxis: '2026-01-05' }],
    ]);
  });

  it('leaves out events outside the chart', () => {
    const old: SalesEvent = { ...promotion, end: '2025-12-20' };
    expect(eventAreas([old], weeks, 'promotion')).toEqual([]);
    expect(eventAreas([stockOut], [], 'stock_out')).toEqual([]);
  });
});

describe('eventsInWeek', () => {
  it('finds events overlapping Monday to Sunday', () => {
    expect(eventsInWeek([stockOut, promotion], '2026-01-19')).toEqual([stockOut]);
    expect(eventsInWeek([stockOut, promotion], '2026-01-05')).toEqual([promotion]);
    expect(eventsInWeek([stockOut, promotion], '2026-01-26')).toEqual([]);
  });
});

describe('salesChartOption', () => {
  it('puts revenue and units on two axes and lists only the marks present', () => {
    const option = salesChartOption(sales, [stockOut], 'light', 'USD') as {
      legend: { data: string[] };
      yAxis: unknown[];
      series: { name: string; yAxisIndex?: number; data: unknown[] }[];
    };
    expect(option.yAxis).toHaveLength(2);
    expect(option.legend.data).toEqual(['Revenue', 'Units sold', 'Units returned', 'Likely out of stock']);
    const byName = new Map(option.series.map((series) => [series.name, series]));
    expect(byName.get('Revenue')?.data).toEqual([100, 200, 300, 400]);
    expect(byName.get('Units sold')?.yAxisIndex).toBe(1);
    expect(byName.get('Units returned')?.data).toEqual([0, 1, 2, 3]);
  });

  it('writes revenue and prices in the source’s currency, and plain when it is not known', () => {
    type Option = {
      tooltip: { formatter: (params: unknown) => string };
      yAxis: { axisLabel: { formatter: (value: number) => string } }[];
    };
    const pounds = salesChartOption(sales, [], 'light', 'GBP') as Option;
    const week = pounds.tooltip.formatter([{ axisValue: sales[1]?.week }]);
    expect(week).toContain('Revenue&nbsp;&nbsp;<b>£200.00</b>');
    expect(pounds.yAxis[0]?.axisLabel.formatter(12_000)).toBe('£12K');
    const plain = salesChartOption(sales, [], 'light', null) as Option;
    expect(plain.tooltip.formatter([{ axisValue: sales[1]?.week }])).toContain('Revenue&nbsp;&nbsp;<b>200.00</b>');
    expect(plain.yAxis[0]?.axisLabel.formatter(12_000)).toBe('12K');
  });

  it('describes the chart for screen readers', () => {
    expect(salesChartDescription(sales, [stockOut, promotion])).toBe(
      'Weekly revenue, units sold and units returned from 5 Jan 2026 to 26 Jan 2026, with 1 likely stock-outs and 1 promotions shaded.',
    );
    expect(salesChartDescription([], [])).toBe('No sales recorded.');
  });
});
