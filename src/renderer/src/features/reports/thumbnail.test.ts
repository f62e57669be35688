import { describe, expect, it } from 'vitest';
import { downsample, previewSnapshot, THUMBNAIL_LIMITS } from '../../../../shared/reports/preview-snapshot';
import { thumbnailOf } from './thumbnail';
import { exploreSnapshot, exploreSpec, forecastSnapshot } from './test-snapshots';

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

describe('previews', () => {
  // A long table as pinned: a label, the measure, and text the thumbnail never reads.
  const long = (count: number, value: (index: number) => number | string | null) => ({
    columns: [
      { name: 'day', type: 'DATE' },
      { name: 'revenue', type: 'DOUBLE' },
      { name: 'note', type: 'VARCHAR' },
    ],
    rows: Array.from({ length: count }, (_, index) => [`day ${index}`, value(index), 'x'.repeat(40)]),
    rowCount: 12_000,
    truncated: true,
    asOf: '2026-11-01T00:00:00Z',
    bytesBilled: 1024,
    costUsd: 0.01,
  });
  const wave = (index: number) => Math.round(Math.sin(index / 50) * 1000 + index);
  // What main sends travels as JSON; the thumbnail reads it after the trip.
  const sent = (spec: unknown, snapshot: unknown): unknown =>
    JSON.parse(JSON.stringify(previewSnapshot(spec, snapshot)));
  const rowsOf = (snapshot: unknown): unknown[][] => (snapshot as { rows: unknown[][] }).rows;

  it.each(['line', 'area', 'scatter', 'bar', 'pie'])('draws a %s from the preview as from the full table', (type) => {
    const full = long(5_000, wave);
    const preview = sent(sqlSpec(type), full);
    expect(thumbnailOf(sqlSpec(type), preview)).toEqual(thumbnailOf(sqlSpec(type), full));
    expect(thumbnailOf(sqlSpec(type), preview).type).toBe(type === 'bar' || type === 'pie' ? type : 'line');
    // The rows drawn and only the measure's cell of each; the table's facts pass through.
    const rows = rowsOf(preview);
    expect(rows).toHaveLength(
      type === 'pie' ? 5_000 : type === 'bar' ? THUMBNAIL_LIMITS.bars : THUMBNAIL_LIMITS.points,
    );
    expect(rows.every((row) => row.length === 2 && row[0] === null)).toBe(true);
    expect(preview).toMatchObject({ columns: full.columns, rowCount: 12_000, truncated: true, costUsd: 0.01 });
  });

  it('keeps a few rows for the table glyph, whatever the chart could not use', () => {
    const full = long(5_000, wave);
    for (const spec of [{ sql: 'x', chart: null }, { sql: 'x', chart: { type: 'line', x: 0, y: [7] } }, { sql: 'x' }]) {
      const preview = sent(spec, full);
      expect(thumbnailOf(spec, preview)).toEqual({ type: 'table', columns: 3, rows: 5 });
      expect(rowsOf(preview)).toEqual([[], [], [], [], []]);
    }
    const short = long(2, wave);
    expect(thumbnailOf({ sql: 'x', chart: null }, sent({ sql: 'x', chart: null }, short))).toEqual(
      thumbnailOf({ sql: 'x', chart: null }, short),
    );
  });

  it('agrees where the numbers are missing, text or sparse', () => {
    const cases: ((index: number) => number | string | null)[] = [
      () => null,
      (index) => (index % 7 === 0 ? null : String(wave(index))),
      // One number, between the points a line samples (and, the second, after the bars).
      (index) => (index === 2 ? 5 : null),
      (index) => (index === 20 ? 5 : null),
      (index) => (index < 3 ? -4 : 0),
    ];
    for (const value of cases) {
      for (const type of ['line', 'area', 'bar', 'pie']) {
        const full = long(5_000, value);
        expect(thumbnailOf(sqlSpec(type), sent(sqlSpec(type), full))).toEqual(thumbnailOf(sqlSpec(type), full));
      }
    }
  });

  it('draws a forecast from the preview as from the full forecast', () => {
    const base = forecastSnapshot();
    const [series] = base.forecast.series;
    if (!series) throw new Error('expected a series');
    const history = Array.from({ length: 400 }, (_, index) => ({ ds: `2020-01-${index}`, y: wave(index) }));
    const forecast = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        ds: `2030-${index}`,
        point: index,
        lower: index - 5,
        upper: index + 9,
      }));
    for (const ahead of [2, 8, 30]) {
      const full = {
        forecast: {
          ...base.forecast,
          horizon: ahead,
          series: [0, 1, 2].map((index) => ({
            ...series,
            key: `s${index}`,
            history,
            forecast: forecast(ahead),
            backtest: { points: [], mase: 1, smape: 2, naiveMase: 1, naiveSmape: 2 },
          })),
        },
      };
      const preview = sent({ request: {} }, full);
      expect(thumbnailOf({ request: {} }, preview)).toEqual(thumbnailOf({ request: {} }, full));
      const kept = (preview as typeof full).forecast.series;
      expect(kept).toHaveLength(1);
      expect(kept[0]?.history.length).toBeLessThanOrEqual(THUMBNAIL_LIMITS.points);
      expect(kept[0]?.forecast).toHaveLength(ahead);
    }
    expect(thumbnailOf({ request: {} }, sent({ request: {} }, base))).toEqual(thumbnailOf({ request: {} }, base));
  });

  it('draws an explorer view’s revenue bars from the preview as from the full table', () => {
    const spec = exploreSpec();
    for (const count of [500, 16, 3]) {
      const full = exploreSnapshot(count, count === 500 ? 812 : count);
      const preview = sent(spec, full);
      const thumb = thumbnailOf(spec, full);
      expect(thumbnailOf(spec, preview)).toEqual(thumb);
      if (thumb.type !== 'bar') throw new Error('expected bars');
      expect(thumb.bars).toHaveLength(Math.min(count, THUMBNAIL_LIMITS.bars));
      // Only the revenue cell of the bars drawn travels; the view's facts pass through.
      const rows = rowsOf(preview);
      expect(rows).toHaveLength(Math.min(count, THUMBNAIL_LIMITS.bars));
      expect(rows.every((row) => row.length === 4 && row.slice(0, 3).every((cell) => cell === null))).toBe(true);
      expect(preview).toMatchObject({ columns: full.columns, rowCount: full.rowCount, truncated: full.truncated });
    }
    // Pinned without a chart, a view draws the table glyph from either.
    const bare = { ...spec, chart: null };
    const full = exploreSnapshot(40);
    expect(thumbnailOf(bare, sent(bare, full))).toEqual({ type: 'table', columns: 4, rows: 5 });
    expect(thumbnailOf(bare, full)).toEqual(thumbnailOf(bare, sent(bare, full)));
  });

  it('sends nothing for a snapshot no thumbnail can read', () => {
    expect(previewSnapshot(sqlSpec('line'), { nothing: true })).toBeNull();
    expect(previewSnapshot(sqlSpec('line'), { columns, rows: [1, 2] })).toBeNull();
    expect(previewSnapshot(sqlSpec('line'), 'text')).toBeNull();
  });
});
