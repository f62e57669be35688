import { afterEach, describe, expect, it } from 'vitest';
import { catchError } from './test-fixtures/catch-error';
import { openTempCache } from './test-fixtures/temp-cache';

const opened: Array<{ done: () => void }> = [];
afterEach(() => opened.splice(0).forEach((entry) => entry.done()));

const tempCache = () => {
  const temp = openTempCache();
  opened.push(temp);
  return temp.cache;
};

describe('ReportStore', () => {
  it('creates a report and numbers its versions 1, 2, 3', () => {
    const cache = tempCache();
    const report = cache.reports.create({
      title: 'Weekly sales',
      kind: 'chart',
      sourceId: 'demo',
      spec: { sql: 'SELECT 1', chart: 'line' },
      tags: ['weekly', 'Weekly', 'sales'],
    });
    expect(report).toMatchObject({ title: 'Weekly sales', kind: 'chart', tags: ['weekly', 'sales'] });

    const result = cache.results.begin({ sourceId: 'demo', sql: 'SELECT 1', columns: [] }).finish();
    const v1 = cache.reports.addVersion(report.id, { snapshot: { total: 10 }, resultId: result.id });
    const v2 = cache.reports.addVersion(report.id, { snapshot: { total: 12.5, rows: [[1, 'a']] } });
    expect([v1.version, v2.version]).toEqual([1, 2]);

    const loaded = cache.reports.get(report.id)!;
    expect(loaded.report.spec).toEqual({ sql: 'SELECT 1', chart: 'line' });
    expect(loaded.versions.map((version) => [version.version, version.resultId, version.snapshot])).toEqual([
      [1, result.id, { total: 10 }],
      [2, null, { total: 12.5, rows: [[1, 'a']] }],
    ]);
    expect(loaded.report.updatedAt).toBe(v2.createdAt);
    expect(catchError(() => cache.reports.addVersion('missing', { snapshot: 1 }))).toMatchObject({ code: 'not_found' });
    expect(catchError(() => cache.reports.addVersion(report.id, { snapshot: 1, resultId: 'gone' }))).toMatchObject({
      code: 'not_found',
      field: 'resultId',
    });
    expect(cache.reports.get(report.id)!.versions).toHaveLength(2);
  });

  it('updates the fields given and keeps the rest', () => {
    const { reports } = tempCache();
    const report = reports.create({ title: 'A', kind: 'table', sourceId: 'demo', spec: { v: 1 }, tags: ['x'] });
    expect(reports.update(report.id, { spec: { v: 2 } })).toMatchObject({ title: 'A', spec: { v: 2 }, tags: ['x'] });
    expect(reports.update(report.id, { title: 'B', tags: [] })).toMatchObject({ title: 'B', spec: { v: 2 }, tags: [] });
    expect(catchError(() => reports.update(report.id, { title: '' }))).toMatchObject({ field: 'title' });
    expect(catchError(() => reports.update('missing', { title: 'C' }))).toMatchObject({ code: 'not_found' });
  });

  it('lists the most recently changed first, searching titles and tags, filtering kind, source and tag', () => {
    const { reports } = tempCache();
    const sales = reports.create({
      title: 'Sales by region',
      kind: 'chart',
      sourceId: 'demo',
      spec: {},
      tags: ['exec'],
    });
    const returns = reports.create({ title: 'Returns deep dive', kind: 'deck', sourceId: 'demo', spec: {} });
    const basket = reports.create({ title: 'Basket', kind: 'chart', sourceId: 'bq', spec: {}, tags: ['Exec', 'ops'] });

    expect(reports.list().map((report) => report.id)).toEqual([basket.id, returns.id, sales.id]);
    expect(reports.list({ search: 'region sales' }).map((report) => report.id)).toEqual([sales.id]);
    expect(reports.list({ search: 'ops' }).map((report) => report.id)).toEqual([basket.id]);
    expect(reports.list({ kind: 'chart' }).map((report) => report.id)).toEqual([basket.id, sales.id]);
    expect(reports.list({ sourceId: 'demo' }).map((report) => report.id)).toEqual([returns.id, sales.id]);
    expect(reports.list({ tag: 'exec' }).map((report) => report.id)).toEqual([basket.id, sales.id]);
    reports.addVersion(sales.id, { snapshot: {} });
    expect(reports.list({ limit: 1 }).map((report) => report.id)).toEqual([sales.id]);
  });

  it('reads only the latest version of each report asked for', () => {
    const cache = tempCache();
    const [a, b, empty] = ['A', 'B', 'Empty'].map((title) =>
      cache.reports.create({ title, kind: 'sql', sourceId: 'demo', spec: { sql: title } }),
    );
    cache.reports.addVersion(a!.id, { snapshot: { total: 1 } });
    cache.reports.addVersion(a!.id, { snapshot: { total: 2 } });
    cache.reports.addVersion(b!.id, { snapshot: { total: 3 } });
    cache.reports.create({ title: 'Not asked', kind: 'sql', sourceId: 'demo', spec: {} });

    const latest = cache.reports.latestVersions([a!.id, b!.id, empty!.id, 'missing', a!.id]);
    expect([...latest.keys()].sort()).toEqual([a!.id, b!.id, empty!.id].sort());
    expect(latest.get(a!.id)).toMatchObject({
      report: { title: 'A', spec: { sql: 'A' } },
      latest: { version: 2, snapshot: { total: 2 } },
    });
    expect(latest.get(b!.id)?.latest).toMatchObject({ version: 1, snapshot: { total: 3 } });
    expect(latest.get(empty!.id)?.latest).toBeNull();
    expect(cache.reports.latestVersions([]).size).toBe(0);

    // A damaged snapshot reads as none for its own report only.
    cache.db.prepare('UPDATE report_versions SET snapshot_json = ? WHERE report_id = ?').run('{"total": ', b!.id);
    const damaged = cache.reports.latestVersions([a!.id, b!.id]);
    expect(damaged.get(b!.id)?.latest).toMatchObject({ version: 1, snapshot: null });
    expect(damaged.get(a!.id)?.latest).toMatchObject({ snapshot: { total: 2 } });
  });

  it('deletes a report with its versions', () => {
    const cache = tempCache();
    const report = cache.reports.create({ title: 'A', kind: 'table', sourceId: 'demo', spec: {} });
    cache.reports.addVersion(report.id, { snapshot: 1 });
    expect(cache.reports.delete(report.id)).toBe(true);
    expect(cache.reports.get(report.id)).toBeNull();
    expect(cache.db.prepare('SELECT count(*) AS n FROM report_versions').get()).toEqual({ n: 0 });
  });
});
