import { describe, expect, it } from 'vitest';
import {
  forecastTable,
  numberOf,
  readSnapshot,
  readSpec,
  snapshotAsOf,
  snapshotCost,
  tableChartOf,
  usableChart,
} from './report-snapshot';
import { exploreSnapshot, exploreSpec, forecastSnapshot } from './test-snapshots';

const table = {
  columns: [
    { name: 'category', type: 'VARCHAR' },
    { name: 'revenue', type: 'DOUBLE' },
  ],
  rows: [
    ['Dresses', 1200.5],
    ['Shoes', '900'],
    ['Hats', { nested: true }],
  ],
  rowCount: 3,
  truncated: false,
  asOf: '2026-11-24T10:00:00.000Z',
};

describe('readSnapshot', () => {
  it('reads a table snapshot, turning odd cells into text', () => {
    const snapshot = readSnapshot(table);
    expect(snapshot.kind).toBe('table');
    if (snapshot.kind !== 'table') return;
    expect(snapshot.rows[2]).toEqual(['Hats', '{"nested":true}']);
    expect(snapshot.rowCount).toBe(3);
    expect(snapshot.bytesBilled).toBeNull();
    expect(snapshotAsOf(snapshot, 'x')).toBe('2026-11-24T10:00:00.000Z');
  });

  it('fills what an older snapshot leaves out, and reads bytes billed when present', () => {
    const snapshot = readSnapshot({ columns: table.columns, rows: table.rows.slice(0, 2), bytesBilled: 2048 });
    expect(snapshot).toMatchObject({ kind: 'table', rowCount: 2, truncated: false, asOf: null, bytesBilled: 2048 });
    expect(snapshotAsOf(snapshot, 'fallback')).toBe('fallback');
    expect(snapshotCost(snapshot)).toEqual({ bytes: 2048, usd: null });
  });

  it('reads a forecast snapshot and its cost', () => {
    const snapshot = readSnapshot(forecastSnapshot());
    expect(snapshot.kind).toBe('forecast');
    expect(snapshotCost(snapshot)).toEqual({ bytes: 1_048_576, usd: 0.005 });
    expect(snapshotAsOf(snapshot, 'x')).toBe('2026-11-20T08:00:00.000Z');
  });

  it('says unknown for anything else', () => {
    expect(readSnapshot({ hello: 1 })).toEqual({ kind: 'unknown' });
    expect(readSnapshot(null)).toEqual({ kind: 'unknown' });
  });
});

describe('readSpec and usableChart', () => {
  it('reads a SQL spec with or without a chart', () => {
    expect(readSpec({ sql: 'select 1', chart: { type: 'bar', x: 0, y: [1] } })).toEqual({
      kind: 'sql',
      sql: 'select 1',
      chart: { type: 'bar', x: 0, y: [1] },
    });
    expect(readSpec({ sql: 'select 1', chart: null })).toMatchObject({ chart: null });
    expect(readSpec({ request: { sourceId: 'demo' }, chart: { type: 'line' } })).toMatchObject({ kind: 'forecast' });
    expect(readSpec(42)).toBeNull();
  });

  it('reads an explorer view’s spec: the view to open in Explore and its chart', () => {
    const spec = readSpec(exploreSpec());
    expect(spec).toEqual({
      kind: 'explore',
      view: exploreSpec().view,
      chart: { type: 'bar', x: 0, y: [3] },
    });
    expect(tableChartOf(spec)).toEqual({ type: 'bar', x: 0, y: [3] });
    expect(readSpec({ ...exploreSpec(), chart: null })).toMatchObject({ kind: 'explore', chart: null });
    // A view missing what the grid needs, or with a filter it does not know, is no explorer view.
    expect(readSpec({ view: { search: 'x' }, chart: null })).toBeNull();
    const odd = exploreSpec();
    expect(readSpec({ ...odd, view: { ...odd.view, filters: { ...odd.view.filters, colour: 'red' } } })).toBeNull();
    expect(tableChartOf(readSpec({ request: {} }))).toBeNull();
    // Its snapshot is a table like any other, with the truncation kept.
    expect(readSnapshot(exploreSnapshot(500, 812))).toMatchObject({ kind: 'table', rowCount: 812, truncated: true });
  });

  it('drops measures whose columns are gone, and the chart when none remain', () => {
    const columns = [
      { name: 'a', type: 'VARCHAR' },
      { name: 'b', type: 'DOUBLE' },
    ];
    expect(usableChart({ type: 'line', x: 0, y: [1, 5] }, columns)).toEqual({ type: 'line', x: 0, y: [1] });
    expect(usableChart({ type: 'line', x: 0, y: [5] }, columns)).toBeNull();
    expect(usableChart({ type: 'line', x: 3, y: [1] }, columns)).toBeNull();
    expect(usableChart(null, columns)).toBeNull();
  });
});

describe('numberOf and forecastTable', () => {
  it('reads numbers sent as text, and nothing else', () => {
    expect(numberOf(3)).toBe(3);
    expect(numberOf('12.5')).toBe(12.5);
    expect(numberOf('')).toBeNull();
    expect(numberOf('n/a')).toBeNull();
    expect(numberOf(null)).toBeNull();
    expect(numberOf(true)).toBeNull();
  });

  it('lays a forecast out as series, period and interval', () => {
    const snapshot = readSnapshot(forecastSnapshot());
    if (snapshot.kind !== 'forecast') throw new Error('expected a forecast');
    const { columns, rows } = forecastTable(snapshot.forecast);
    expect(columns.map((column) => column.name)).toEqual(['series', 'period', 'forecast', 'lower', 'upper']);
    expect(rows[0]).toEqual(['Total', '2026-11-23', 110, 90, 130]);
    expect(rows).toHaveLength(2);
  });
});
