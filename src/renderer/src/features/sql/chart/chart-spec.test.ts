import { describe, expect, it } from 'vitest';
import { defaultChart } from './chart-spec';

const col = (name: string, type: string) => ({ name, type });

describe('defaultChart', () => {
  it('draws a trend as a line of the first measure', () => {
    expect(defaultChart([col('month', 'DATE'), col('revenue', 'DOUBLE'), col('orders', 'BIGINT')], 36)).toEqual({
      type: 'line',
      x: 0,
      y: [1],
    });
  });

  it('draws a ranking as bars, and a handful of shares as a pie', () => {
    const columns = [col('category', 'VARCHAR'), col('revenue', 'DOUBLE')];
    expect(defaultChart(columns, 20)).toEqual({ type: 'bar', x: 0, y: [1] });
    expect(defaultChart(columns, 5)).toEqual({ type: 'pie', x: 0, y: [1] });
  });

  it('draws two measures as a scatter, and nothing without a number', () => {
    expect(defaultChart([col('price', 'DOUBLE'), col('units', 'BIGINT')], 100)).toEqual({
      type: 'scatter',
      x: 0,
      y: [1],
    });
    expect(defaultChart([col('name', 'VARCHAR')], 3)).toBeNull();
  });
});
