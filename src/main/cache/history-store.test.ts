import { afterEach, describe, expect, it } from 'vitest';
import { catchError } from './test-fixtures/catch-error';
import { openTempCache } from './test-fixtures/temp-cache';

const opened: Array<{ done: () => void }> = [];
afterEach(() => opened.splice(0).forEach((entry) => entry.done()));

const tempHistory = () => {
  const temp = openTempCache();
  opened.push(temp);
  return temp.cache.history;
};

describe('HistoryStore', () => {
  it('adds a running entry and updates only the fields given', () => {
    const history = tempHistory();
    const entry = history.add({ sourceId: 'demo', sql: 'SELECT 1', params: { n: 1 } });
    expect(entry).toMatchObject({ status: 'running', sourceId: 'demo', params: { n: 1 }, finishedAt: null });
    expect(entry.startedAt).toMatch(/^2026-11-01T09:00:\d\d\.000Z$/);

    const done = history.update(entry.id, { status: 'complete', rowCount: 42, elapsedMs: 12.6, cacheHit: true });
    expect(done).toMatchObject({ status: 'complete', rowCount: 42, elapsedMs: 13, cacheHit: true, error: null });
    const failed = history.update(entry.id, { status: 'failed', error: 'boom' });
    expect(failed).toMatchObject({ status: 'failed', error: 'boom', rowCount: 42, cacheHit: true });
    expect(catchError(() => history.update('missing', { status: 'complete' }))).toMatchObject({ code: 'not_found' });
    expect(catchError(() => history.add({ sourceId: 'demo', sql: 'x', resultId: 'nope' }))).toMatchObject({
      code: 'not_found',
      field: 'resultId',
    });
  });

  it('lists newest first and searches the SQL word by word, literally', () => {
    const history = tempHistory();
    const add = (sql: string, startedAt: string, status: 'complete' | 'failed' = 'complete') =>
      history.add({ sourceId: 'demo', sql, startedAt, status }).id;
    const a = add('SELECT order_id FROM orders', '2026-10-01T10:00:00Z');
    const b = add('select sum(revenue) from ORDERS group by month', '2026-10-02T10:00:00Z', 'failed');
    const c = add('SELECT orderXid FROM returns', '2026-10-03T10:00:00Z');
    const d = add('SELECT 100% FROM weird', '2026-10-04T10:00:00Z');

    expect(history.list().map((entry) => entry.id)).toEqual([d, c, b, a]);
    // Case-insensitive, every word must appear, in any order.
    expect(history.list({ search: 'orders SELECT' }).map((entry) => entry.id)).toEqual([b, a]);
    expect(history.list({ search: 'group   revenue' }).map((entry) => entry.id)).toEqual([b]);
    // `_` and `%` are literal characters, not LIKE wildcards.
    expect(history.list({ search: 'order_id' }).map((entry) => entry.id)).toEqual([a]);
    expect(history.list({ search: '100%' }).map((entry) => entry.id)).toEqual([d]);
    expect(history.list({ search: 'nothing-like-this' })).toEqual([]);
    expect(history.list({ search: '   ' })).toHaveLength(4);
  });

  it('filters by status, source and a start-time range, and pages with a total count', () => {
    const history = tempHistory();
    const ids = Array.from({ length: 6 }, (_, day) =>
      history.add({
        sourceId: day % 2 === 0 ? 'demo' : 'bq',
        sql: `SELECT ${day}`,
        status: day % 3 === 0 ? 'failed' : 'complete',
        startedAt: `2026-10-0${day + 1}T12:00:00.000Z`,
      }),
    ).map((entry) => entry.id);

    expect(history.list({ statuses: ['failed'] }).map((entry) => entry.id)).toEqual([ids[3], ids[0]]);
    expect(history.list({ statuses: ['failed', 'complete'] })).toHaveLength(6);
    expect(history.list({ statuses: [] })).toEqual([]);
    expect(history.list({ sourceId: 'bq' }).map((entry) => entry.id)).toEqual([ids[5], ids[3], ids[1]]);
    // `from` inclusive, `to` exclusive; any parseable time is accepted and compared in UTC.
    expect(
      history.list({ from: '2026-10-02T12:00:00Z', to: '2026-10-05T12:00:00.000Z' }).map((entry) => entry.id),
    ).toEqual([ids[3], ids[2], ids[1]]);
    expect(history.list({ from: '2026-10-03T14:00:00+02:00' }).map((entry) => entry.id)).toEqual([
      ids[5],
      ids[4],
      ids[3],
      ids[2],
    ]);
    expect(
      history.list({ sourceId: 'demo', statuses: ['complete'], search: 'select' }).map((entry) => entry.id),
    ).toEqual([ids[4], ids[2]]);

    expect(history.list({ limit: 2 }).map((entry) => entry.id)).toEqual([ids[5], ids[4]]);
    expect(history.list({ limit: 2, offset: 4 }).map((entry) => entry.id)).toEqual([ids[1], ids[0]]);
    expect(history.count()).toBe(6);
    expect(history.count({ sourceId: 'demo', statuses: ['failed'] })).toBe(1);

    expect(catchError(() => history.list({ from: 'last tuesday' }))).toMatchObject({
      code: 'invalid_input',
      field: 'from',
    });
    expect(catchError(() => history.list({ limit: -1 }))).toMatchObject({ code: 'invalid_input', field: 'limit' });
  });

  it('removes an entry', () => {
    const history = tempHistory();
    const entry = history.add({ sourceId: 'demo', sql: 'SELECT 1', status: 'complete' });
    expect(history.remove(entry.id)).toBe(true);
    expect(history.get(entry.id)).toBeNull();
    expect(history.remove(entry.id)).toBe(false);
  });
});
