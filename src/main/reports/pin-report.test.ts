import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFilePath, openCache, type Cache } from '../cache';
import { pinReport, SNAPSHOT_ROWS } from './pin-report';

const opened: Cache[] = [];
afterEach(() => {
  for (const cache of opened.splice(0)) cache.close();
});

const cacheWithResult = (rowCount: number, finish = true) => {
  const { cache } = openCache(cacheFilePath(mkdtempSync(join(tmpdir(), 'aisle-pin-'))), () => undefined);
  opened.push(cache);
  const writer = cache.results.begin({
    sourceId: 'demo',
    sql: 'SELECT category, revenue FROM x',
    columns: [
      { name: 'category', type: 'VARCHAR' },
      { name: 'revenue', type: 'DOUBLE' },
    ],
  });
  writer.append(Array.from({ length: rowCount }, (_, i) => [`c${i}`, i * 10]));
  const meta = finish ? writer.finish() : writer.cancel();
  return { cache, resultId: meta.id };
};

describe('pinReport', () => {
  it('stores the SQL, chart and a snapshot that outlives the cached result', () => {
    const { cache, resultId } = cacheWithResult(3);
    const pinned = pinReport(cache, {
      title: 'Revenue by category',
      resultId,
      chart: { type: 'bar', x: 0, y: [1] },
      tags: ['weekly'],
    });
    expect(pinned).toMatchObject({ title: 'Revenue by category', version: 1 });
    cache.results.remove(resultId);
    const stored = cache.reports.get(pinned.id);
    expect(stored?.report).toMatchObject({ kind: 'sql', sourceId: 'demo', tags: ['weekly'] });
    expect(stored?.report.spec).toEqual({
      sql: 'SELECT category, revenue FROM x',
      chart: { type: 'bar', x: 0, y: [1] },
    });
    expect(stored?.versions[0]?.snapshot).toMatchObject({
      rows: [
        ['c0', 0],
        ['c1', 10],
        ['c2', 20],
      ],
      rowCount: 3,
      truncated: false,
    });
  });

  it('keeps a bounded snapshot of a large result and says it is cut', () => {
    const { cache, resultId } = cacheWithResult(SNAPSHOT_ROWS + 10);
    const pinned = pinReport(cache, { title: 'Big', resultId, chart: null, tags: [] });
    const snapshot = cache.reports.get(pinned.id)?.versions[0]?.snapshot as { rows: unknown[]; truncated: boolean };
    expect(snapshot.rows).toHaveLength(SNAPSHOT_ROWS);
    expect(snapshot.truncated).toBe(true);
  });

  it('refuses a missing or unfinished result', () => {
    const { cache, resultId } = cacheWithResult(2, false);
    expect(() => pinReport(cache, { title: 'x', resultId, chart: null, tags: [] })).toThrow(
      'Only a query that finished can be pinned.',
    );
    expect(() => pinReport(cache, { title: 'x', resultId: 'nope', chart: null, tags: [] })).toThrow(
      /no longer in the cache/,
    );
  });
});
