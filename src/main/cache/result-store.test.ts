import { afterEach, describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { DEFAULT_PAGE_SIZE } from './result-store';
import { catchError } from './test-fixtures/catch-error';
import { sampleColumns, sampleRow, sampleRows } from './test-fixtures/sample-rows';
import { openTempCache } from './test-fixtures/temp-cache';

const opened: Array<{ done: () => void }> = [];
afterEach(() => opened.splice(0).forEach((entry) => entry.done()));

const tempCache = (pageSize?: number) => {
  const temp = openTempCache(pageSize === undefined ? {} : { pageSize });
  opened.push(temp);
  return temp.cache;
};

const pageCount = (cache: ReturnType<typeof tempCache>, id: string): number =>
  cache.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM result_pages WHERE result_id = ?').get(id)!.n;

describe('ResultStore', () => {
  it('stores 10,007 mixed rows over several pages and reads any window back exactly', () => {
    const cache = tempCache();
    const rows = sampleRows(7, 10_007);
    const writer = cache.results.begin({ sourceId: 'demo', sql: 'SELECT *', columns: sampleColumns });
    // Uneven chunks, so pages fill across append calls.
    for (let start = 0; start < rows.length; start += 777) writer.append(rows.slice(start, start + 777));
    const meta = writer.finish({ elapsedMs: 12.4, bytesProcessed: 1_000, bytesBilled: 10_485_760, cacheHit: false });

    expect(DEFAULT_PAGE_SIZE).toBe(2_000);
    expect(meta).toMatchObject({ status: 'complete', rowCount: 10_007, pageSize: 2_000, elapsedMs: 12 });
    expect(meta).toMatchObject({ bytesProcessed: 1_000, bytesBilled: 10_485_760, cacheHit: false, error: null });
    expect(meta.columns).toEqual(sampleColumns);
    expect(pageCount(cache, meta.id)).toBe(6);

    const read = (offset: number, limit: number) => cache.results.readRows(meta.id, offset, limit);
    expect(read(0, 2_000)).toStrictEqual(rows.slice(0, 2_000)); // first page
    expect(read(1_990, 20)).toStrictEqual(rows.slice(1_990, 2_010)); // spans two pages
    expect(read(3_999, 4_002)).toStrictEqual(rows.slice(3_999, 8_001)); // spans four pages
    expect(read(10_000, 100)).toStrictEqual(rows.slice(10_000)); // the last, partial page
    expect(read(10_006, 1)).toStrictEqual([sampleRow(7, 10_006)]);
    expect(read(10_007, 10)).toEqual([]); // beyond the end
    expect(read(50_000, 10)).toEqual([]);
    expect(read(5, 0)).toEqual([]);
    expect(read(0, 20_000)).toStrictEqual(rows);
  });

  it('stores an empty result and a result smaller than one page', () => {
    const cache = tempCache();
    const empty = cache.results.begin({ sourceId: 'demo', sql: 'SELECT 1 WHERE false', columns: [] }).finish();
    expect(empty.rowCount).toBe(0);
    expect(cache.results.readRows(empty.id, 0, 10)).toEqual([]);
    expect(pageCount(cache, empty.id)).toBe(0);

    const writer = cache.results.begin({ sourceId: 'demo', sql: 'SELECT 3', columns: sampleColumns });
    writer.append(sampleRows(1, 3));
    const small = writer.finish();
    expect(cache.results.readRows(small.id, 0, 10)).toStrictEqual(sampleRows(1, 3));
  });

  it('shows a running result as its committed pages only, then all rows once finished', () => {
    const cache = tempCache(100);
    const writer = cache.results.begin({
      sourceId: 'demo',
      sql: 'SELECT * FROM t WHERE x = $x',
      params: { x: 5, names: ['a', 'b'] },
      columns: sampleColumns,
      estimateBytes: 4_096,
    });
    writer.append(sampleRows(2, 250));
    expect(writer.rowCount).toBe(250);
    const running = cache.results.get(writer.id)!;
    expect(running).toMatchObject({ status: 'running', rowCount: 200, finishedAt: null, estimateBytes: 4_096 });
    expect(running.params).toEqual({ x: 5, names: ['a', 'b'] });
    expect(cache.results.readRows(writer.id, 150, 100)).toStrictEqual(sampleRows(2, 50, 150));

    const done = writer.finish();
    expect(done.rowCount).toBe(250);
    expect(cache.results.readRows(writer.id, 150, 100)).toStrictEqual(sampleRows(2, 100, 150));
  });

  it('moves from running to complete, failed or cancelled exactly once', () => {
    const cache = tempCache(10);
    const failing = cache.results.begin({ sourceId: 'bq', sql: 'SELECT boom', columns: sampleColumns });
    failing.append(sampleRows(3, 15));
    const failed = failing.fail('Unrecognized name: boom', { bytesBilled: 0 });
    expect(failed).toMatchObject({ status: 'failed', error: 'Unrecognized name: boom', rowCount: 15, bytesBilled: 0 });
    expect(failed.finishedAt).not.toBeNull();
    expect(failed.elapsedMs).toBeGreaterThan(0);
    // The rows that arrived before the failure stay readable.
    expect(cache.results.readRows(failed.id, 0, 100)).toStrictEqual(sampleRows(3, 15));

    const cancelling = cache.results.begin({ sourceId: 'bq', sql: 'SELECT slow', columns: sampleColumns });
    cancelling.append(sampleRows(4, 4));
    expect(cancelling.cancel()).toMatchObject({ status: 'cancelled', error: null, rowCount: 4 });

    for (const closed of [failing, cancelling]) {
      expect(() => closed.append(sampleRows(1, 1))).toThrow(/already finished/);
      expect(() => closed.finish()).toThrow(/already finished/);
      expect(() => closed.cancel()).toThrow(/already finished/);
    }
    expect(cache.results.get(failed.id)!.status).toBe('failed');
  });

  it('deleting a result removes its pages and unlinks history and report versions', () => {
    const cache = tempCache(10);
    const writer = cache.results.begin({ sourceId: 'demo', sql: 'SELECT 1', columns: sampleColumns });
    writer.append(sampleRows(5, 35));
    const meta = writer.finish();
    const history = cache.history.add({ sourceId: 'demo', sql: 'SELECT 1', status: 'complete', resultId: meta.id });
    const report = cache.reports.create({ title: 'R', kind: 'table', sourceId: 'demo', spec: {} });
    cache.reports.addVersion(report.id, { snapshot: { rows: 35 }, resultId: meta.id });
    expect(pageCount(cache, meta.id)).toBe(4);

    expect(cache.results.remove(meta.id)).toBe(true);
    expect(cache.results.remove(meta.id)).toBe(false);
    expect(cache.results.get(meta.id)).toBeNull();
    expect(pageCount(cache, meta.id)).toBe(0);
    expect(cache.history.get(history.id)!.resultId).toBeNull();
    expect(cache.reports.get(report.id)!.versions[0]).toMatchObject({ resultId: null, snapshot: { rows: 35 } });
    expect(() => cache.results.readRows(meta.id, 0, 1)).toThrow(/no longer in the cache/);
  });

  it('tells the writer when its result was deleted while running', () => {
    const cache = tempCache(10);
    const writer = cache.results.begin({ sourceId: 'demo', sql: 'SELECT 1', columns: sampleColumns });
    writer.append(sampleRows(1, 5));
    cache.results.remove(writer.id);
    expect(() => writer.append(sampleRows(1, 10))).toThrow(/removed from the cache/);
    expect(() => writer.finish()).toThrow(/removed from the cache/);
  });

  it('lists results newest first, optionally for one source', () => {
    const cache = tempCache();
    const ids = ['a', 'b', 'a'].map(
      (sourceId, index) => cache.results.begin({ sourceId, sql: `SELECT ${index}`, columns: [] }).finish().id,
    );
    expect(cache.results.list().map((meta) => meta.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(cache.results.list({ sourceId: 'a' }).map((meta) => meta.id)).toEqual([ids[2], ids[0]]);
    expect(cache.results.list({ limit: 1, offset: 1 }).map((meta) => meta.id)).toEqual([ids[1]]);
  });

  it('refuses a negative or fractional window with the field named', () => {
    const cache = tempCache();
    const id = cache.results.begin({ sourceId: 'demo', sql: 'SELECT 1', columns: [] }).finish().id;
    expect(() => cache.results.readRows(id, -1, 10)).toThrow(AisleError);
    expect(catchError(() => cache.results.readRows(id, 0, 1.5))).toMatchObject({
      code: 'invalid_input',
      field: 'limit',
    });
    expect(() => cache.results.readRows('no-such-id', 0, 10)).toThrow(/no longer in the cache/);
  });
});
