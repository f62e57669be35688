import { describe, expect, it } from 'vitest';
import { monthlyReturns, returnsChartDescription, returnsChartOption } from './returns-chart-option';

const point = (week: string, units: number, returned: number) => ({
  week,
  revenue: units * 10,
  units,
  returned,
  price: 10,
});

describe('monthlyReturns', () => {
  it('rolls weeks up by the month of their Monday, in order', () => {
    const months = monthlyReturns([
      point('2026-02-02', 10, 1),
      point('2026-01-26', 4, 2),
      point('2026-02-09', 10, 3),
      point('2026-03-02', 0, 0),
    ]);
    expect(months).toEqual([
      { month: '2026-01', units: 4, returned: 2 },
      { month: '2026-02', units: 20, returned: 4 },
      { month: '2026-03', units: 0, returned: 0 },
    ]);
  });
});

describe('returnsChartOption', () => {
  it('draws one bar per month and describes the last', () => {
    const months = monthlyReturns([point('2026-01-05', 10, 1), point('2026-02-02', 10, 3)]);
    const option = returnsChartOption(months, 'light') as { series: { data: unknown[] }[] };
    expect(option.series[0]?.data).toEqual([1, 3]);
    expect(returnsChartDescription(months)).toBe('Units returned per month from Jan 2026 to Feb 2026, 4 in all.');
    expect(returnsChartDescription([])).toBe('No sales, so no returns.');
  });
});
