import { describe, expect, it } from 'vitest';
import { addDays } from '../semantic/periods';
import { findPromotions, findStockOuts, type DailySales } from './sales-events';

const days = (start: string, units: number[]): DailySales[] =>
  units.map((count, index) => ({ day: addDays(start, index), units: count, revenue: count * 50 }));

describe('stock-outs from sales', () => {
  it('flags a run of empty days that the usual rate makes very unlikely', () => {
    const sales = days('2025-01-01', [
      ...Array<number>(60).fill(3),
      ...Array<number>(10).fill(0),
      ...Array<number>(20).fill(3),
    ]);
    const events = findStockOuts(sales, '2025-03-31');
    expect(events).toEqual([expect.objectContaining({ kind: 'stock_out', start: '2025-03-02', end: '2025-03-11' })]);
    expect(events[0]?.label).toContain('10 days');
  });

  it('leaves gaps of a slow seller alone, and a gap that runs to the end of the data', () => {
    const slow = days('2025-01-01', [
      ...Array<number>(60)
        .fill(0)
        .map((_, i) => (i % 10 === 0 ? 1 : 0)),
      ...Array<number>(8).fill(0),
      1,
    ]);
    expect(findStockOuts(slow, addDays('2025-01-01', 68))).toEqual([]);
    const ending = days('2025-01-01', [...Array<number>(60).fill(4), ...Array<number>(15).fill(0)]);
    expect(findStockOuts(ending, addDays('2025-01-01', 74))).toEqual([]);
  });

  it('counts days with no rows at all as empty', () => {
    const sparse = days('2025-01-01', Array<number>(60).fill(5)).concat(days('2025-03-15', Array<number>(10).fill(5)));
    const events = findStockOuts(sparse, '2025-03-24');
    expect(events[0]).toMatchObject({ start: '2025-03-02', end: '2025-03-14' });
  });
});

describe('promotions from sales', () => {
  const week = (index: number, units: number, price: number) => ({
    week: addDays('2025-01-06', index * 7),
    units,
    revenue: units * price,
  });

  it('finds weeks sold clearly cheaper with clearly more units, merging neighbours', () => {
    const weeks = [
      ...Array.from({ length: 10 }, (_, i) => week(i, 20, 100)),
      week(10, 60, 75),
      week(11, 45, 80),
      ...Array.from({ length: 5 }, (_, i) => week(12 + i, 20, 100)),
    ];
    const events = findPromotions(weeks);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'promotion',
      start: week(10, 0, 0).week,
      end: addDays(week(11, 0, 0).week, 6),
    });
    expect(events[0]?.label).toMatch(/about 25% off, 3\.0× the usual units/);
  });

  it('ignores a price cut that sold nothing extra and a busy week at full price', () => {
    const weeks = [...Array.from({ length: 10 }, (_, i) => week(i, 20, 100)), week(10, 21, 70), week(11, 80, 100)];
    expect(findPromotions(weeks)).toEqual([]);
  });
});
