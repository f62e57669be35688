import { describe, expect, it } from 'vitest';
import { PIE_SLICES, pieData, reportChartDescription, reportChartOption } from './report-chart-option';

const columns = [
  { name: 'category', type: 'VARCHAR' },
  { name: 'revenue', type: 'DOUBLE' },
  { name: 'units', type: 'BIGINT' },
];
const rows = [
  ['Dresses', 1200, 30],
  ['Shoes', '900', 12],
  ['Hats', null, 4],
];

type Series = { type: string; name: string; data: unknown[]; areaStyle?: unknown };
const seriesOf = (option: Record<string, unknown>) => option.series as Series[];

describe('reportChartOption', () => {
  it('draws bars of each measure by the x column, numbers read from text', () => {
    const option = reportChartOption({ type: 'bar', x: 0, y: [1, 2] }, columns, rows, 'light');
    expect((option.xAxis as { data: string[] }).data).toEqual(['Dresses', 'Shoes', 'Hats']);
    const series = seriesOf(option);
    expect(series.map((entry) => entry.type)).toEqual(['bar', 'bar']);
    expect(series[0]?.data).toEqual([1200, 900, null]);
    expect(option.legend).toBeDefined();
  });

  it('fills an area and leaves a single line without a legend', () => {
    const area = seriesOf(reportChartOption({ type: 'area', x: 0, y: [1] }, columns, rows, 'dark'));
    expect(area[0]?.type).toBe('line');
    expect(area[0]?.areaStyle).toBeDefined();
    const line = reportChartOption({ type: 'line', x: 0, y: [1] }, columns, rows, 'dark');
    expect(seriesOf(line)[0]?.areaStyle).toBeUndefined();
    expect(line.legend).toBeUndefined();
  });

  it('plots a scatter as pairs, leaving out rows without both numbers', () => {
    const option = reportChartOption({ type: 'scatter', x: 2, y: [1] }, columns, rows, 'light');
    expect(seriesOf(option)[0]?.data).toEqual([
      [30, 1200],
      [12, 900],
    ]);
  });

  it('draws a pie of the first measure, and turns animation off for an export', () => {
    const option = reportChartOption({ type: 'pie', x: 0, y: [1] }, columns, rows, 'light', {
      animation: false,
      background: '#ffffff',
    });
    expect(option).toMatchObject({ animation: false, backgroundColor: '#ffffff' });
    expect(seriesOf(option)[0]?.data).toEqual([
      { name: 'Dresses', value: 1200 },
      { name: 'Shoes', value: 900 },
    ]);
  });

  it('describes the chart in words', () => {
    expect(reportChartDescription({ type: 'bar', x: 0, y: [1, 2] }, columns)).toBe(
      'Bar chart of Revenue and Units by Category',
    );
  });
});

describe('pieData', () => {
  it('folds the tail into Other, largest first', () => {
    const labels = Array.from({ length: 14 }, (_, index) => `c${index}`);
    const values = labels.map((_, index) => index + 1);
    const data = pieData(labels, values);
    expect(data).toHaveLength(PIE_SLICES);
    expect(data[0]).toEqual({ name: 'c13', value: 14 });
    expect(data.at(-1)).toEqual({ name: 'Other', value: 1 + 2 + 3 + 4 + 5 });
  });
});

describe('category labels', () => {
  it('lean when many long names would not fit', () => {
    const names = Array.from({ length: 12 }, (_, index) => [`Category number ${index}`, index]);
    const many = reportChartOption({ type: 'bar', x: 0, y: [1] }, columns, names, 'light');
    expect((many.xAxis as { axisLabel: { rotate?: number } }).axisLabel.rotate).toBe(30);
    const few = reportChartOption({ type: 'bar', x: 0, y: [1] }, columns, rows, 'light');
    expect((few.xAxis as { axisLabel: { rotate?: number } }).axisLabel.rotate).toBeUndefined();
  });
});
