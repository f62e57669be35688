import { describe, expect, it } from 'vitest';
import { downsample, thumbnailOf } from './thumbnail';
import { forecastSnapshot } from './test-snapshots';

const columns = [
  { name: 'month', type: 'DATE' },
  { name: 'revenue', type: 'DOUBLE' },
];
const table = (values: (number | null)[]) => ({
  columns,
  rows: values.map((value, index) => [`2026-${String(index + 1).padStart(2, '0')}-01`, value]),
  rowCount: values.length,
  truncated: false,
  asOf: '2026-11-01T00:00:00Z',
});
const sqlSpec = (type: string) => ({ sql: 'select 1', chart: { type, x: 0, y: [1] } });

describe('downsample', () => {
  it('keeps the first and the last', () => {
    const values = Array.from({ length: 100 }, (_, index) => index);
    const kept = downsample(values, 5);
    expect(kept).toHaveLength(5);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(99);
    expect(downsample([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('thumbnailOf', () => {
  it('draws a line, lifting the pen over a gap', () => {
    const thumb = thumbnailOf(sqlSpec('line'), table([1, 2, null, 4]));
    expect(thumb.type).toBe('line');
    if (thumb.type !== 'line') return;
    expect(thumb.line.match(/M/g)).toHaveLength(2);
    expect(thumb.area).toBeNull();
  });

  it('closes an area down to the baseline', () => {
    const thumb = thumbnailOf(sqlSpec('area'), table([1, 3, 2]));
    if (thumb.type !== 'line') throw new Error('expected a line');
    expect(thumb.area?.endsWith('Z')).toBe(true);
  });

  it('draws bars from zero, negatives below it', () => {
    const thumb = thumbnailOf(sqlSpec('bar'), table([10, -5, 5]));
    if (thumb.type !== 'bar') throw new Error('expected bars');
    expect(thumb.bars).toHaveLength(3);
    const [up, down] = thumb.bars;
    // The negative bar starts where the positive one ends: at zero.
    expect(down?.y).toBeCloseTo((up?.y ?? 0) + (up?.height ?? 0), 0);
  });

  it('draws pie slices, a single one as a whole circle', () => {
    const many = thumbnailOf(sqlSpec('pie'), table([1, 2, 3]));
    if (many.type !== 'pie') throw new Error('expected a pie');
    expect(many.slices).toHaveLength(3);
    expect(many.slices.every((slice) => slice.startsWith('M80 32'))).toBe(true);
    const one = thumbnailOf(sqlSpec('pie'), table([5]));
    if (one.type !== 'pie') throw new Error('expected a pie');
    expect(one.slices).toHaveLength(1);
  });

  it('falls back to a table glyph without a chart or numbers', () => {
    expect(thumbnailOf({ sql: 'x', chart: null }, table([1, 2]))).toEqual({ type: 'table', columns: 2, rows: 2 });
    expect(thumbnailOf(sqlSpec('line'), table([null, null]))).toMatchObject({ type: 'table' });
    expect(thumbnailOf(sqlSpec('line'), { nothing: true })).toEqual({ type: 'none' });
  });

  it('draws a forecast as history, forecast and band', () => {
    const thumb = thumbnailOf({ request: {} }, forecastSnapshot());
    if (thumb.type !== 'forecast') throw new Error('expected a forecast');
    expect(thumb.history.startsWith('M')).toBe(true);
    expect(thumb.forecast.startsWith('M')).toBe(true);
    expect(thumb.band.endsWith('Z')).toBe(true);
  });
});
