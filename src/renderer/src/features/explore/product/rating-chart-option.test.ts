import { describe, expect, it } from 'vitest';
import { formatMonth, ratingChartDescription, ratingChartOption } from './rating-chart-option';

const months = [
  { month: '2026-01', counts: [1, 0, 2, 3, 4] as [number, number, number, number, number], average: 3.9 },
  { month: '2026-02', counts: [5, 2, 1, 0, 1] as [number, number, number, number, number], average: null },
];

describe('formatMonth', () => {
  it('reads a month or a month’s first day', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatMonth('2026-12-01')).toBe('Dec 2026');
  });
});

describe('ratingChartOption', () => {
  it('stacks one bar series per star and draws the average on a 1..5 axis', () => {
    const option = ratingChartOption(months, 'dark') as {
      series: { name: string; stack?: string; data: unknown[]; yAxisIndex?: number }[];
      yAxis: { min?: number; max?: number }[];
    };
    const bars = option.series.filter((series) => series.stack === 'stars');
    expect(bars.map((series) => series.name)).toEqual(['1★', '2★', '3★', '4★', '5★']);
    expect(bars[0]?.data).toEqual([1, 5]);
    expect(bars[4]?.data).toEqual([4, 1]);
    const average = option.series.find((series) => series.name === 'Average rating');
    expect(average?.data).toEqual([3.9, null]);
    expect(option.yAxis[1]).toMatchObject({ min: 1, max: 5 });
  });

  it('describes the chart', () => {
    expect(ratingChartDescription(months)).toContain('from Jan 2026 to Feb 2026, 19 in all');
    expect(ratingChartDescription([])).toBe('No ratings yet.');
  });
});
