import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';

const SQL = `SELECT p.category, count(*) AS units
FROM order_items oi JOIN products p ON p.id = oi.product_id
WHERE oi.status NOT IN ('Cancelled', 'Returned')
GROUP BY 1 ORDER BY 1`;

/** The report library through the core: pin, list, open, refresh into versions, compare, rename, delete. */
describe('reports', () => {
  let core: Core;
  let dataDir: string;

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'ipc' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  const failure = async (method: MethodName, input: unknown) => {
    const reply = await core.router.invoke(method, input, { transport: 'ipc' });
    if (reply.ok) throw new Error(`${method} should have failed`);
    return reply.error;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-reports-'));
    core = createTestCore(dataDir);
    await core.demo.generate(0.02);
  }, 120_000);

  afterAll(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps each refresh as a new version and compares two of them row by row', async () => {
    const run = await call('query.run', { sourceId: 'demo', sql: SQL });
    const pinned = await call('reports.pin', {
      title: 'Units by category',
      resultId: run.resultId,
      chart: { type: 'bar', x: 0, y: [1] },
      tags: ['weekly', 'categories'],
    });
    const refreshed = await call('reports.refresh', { id: pinned.id });
    expect(refreshed.version).toBe(2);
    expect(refreshed.report.versions).toBe(2);
    const opened = await call('reports.get', { id: pinned.id });
    expect(opened.versions.map((version) => version.version)).toEqual([1, 2]);
    expect(opened.spec).toMatchObject({ sql: SQL, chart: { type: 'bar' } });

    const compared = await call('reports.compare', { id: pinned.id, before: 1, after: 2 });
    expect(compared.key).toEqual(['category']);
    expect(compared.measures).toEqual(['units']);
    expect(compared.added).toBe(0);
    expect(compared.removed).toBe(0);
    // The same store, read twice: every row unchanged.
    expect(compared.rows.length).toBeGreaterThan(5);
    expect(compared.rows.every((row) => row.before[0] === row.after[0])).toBe(true);
    expect((await failure('reports.compare', { id: pinned.id, before: 1, after: 7 })).message).toMatch(/no version 7/);
  });

  it('exports a version’s table and builds a deck of chosen reports', async () => {
    const [report] = (await call('reports.list', { search: 'units' })).reports;
    if (!report) throw new Error('no report');
    const table = await call('reports.exportTable', { id: report.id, format: 'csv' });
    const text = readFileSync(table.path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffcategory,units');
    expect(table.rows).toBeGreaterThan(5);
    const deck = await call('reports.deck', { ids: [report.id], title: 'Weekly review' });
    expect(deck.fileName).toMatch(/^Weekly-review-.*\.pptx$/);
    expect(deck.slides).toBe(2);
    const zip = await JSZip.loadAsync(readFileSync(deck.path));
    expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(2);
    expect(Object.keys(zip.files).some((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
    expect((await failure('reports.deck', { ids: ['nope'] })).code).toBe('not_found');
  });

  it('previews the latest version of each report, cut to its thumbnail, and names the missing', async () => {
    const [report] = (await call('reports.list', { search: 'units' })).reports;
    if (!report) throw new Error('no report');
    const opened = await call('reports.get', { id: report.id });
    // A third version whose numbers differ from the earlier two: the preview must show it alone.
    const columns = [
      { name: 'category', type: 'VARCHAR' },
      { name: 'units', type: 'INTEGER' },
    ];
    const facts = { rowCount: 1, truncated: false, asOf: '2026-11-20T08:00:00.000Z' };
    core.cache.reports.addVersion(report.id, { snapshot: { columns, rows: [['only', 42]], ...facts } });

    const { previews, missing } = await call('reports.previews', { ids: [report.id, 'gone', report.id] });
    expect(missing).toEqual(['gone']);
    expect(previews).toHaveLength(1);
    expect(previews[0]).toEqual({
      id: report.id,
      version: opened.versions.length + 1,
      spec: opened.spec,
      // A bar chart of column 1: only the measure's cell of the rows it draws.
      snapshot: { columns, rows: [[null, 42]], ...facts },
    });
    expect((await failure('reports.previews', { ids: [] })).code).toBe('invalid_input');
    expect(
      (await failure('reports.previews', { ids: Array.from({ length: 101 }, (_, index) => `r${index}`) })).code,
    ).toBe('invalid_input');
  });

  it('lists with search and tags, renames, re-tags and deletes', async () => {
    const forecast = await call('forecast.pin', {
      request: { sourceId: 'demo', grain: 'month', horizon: 2 },
      title: 'Revenue next two months',
    });
    const all = await call('reports.list', {});
    expect(all.reports.map((report) => report.title).sort()).toEqual(['Revenue next two months', 'Units by category']);
    expect(all.tags).toEqual(
      expect.arrayContaining([
        { tag: 'categories', count: 1 },
        { tag: 'forecast', count: 1 },
      ]),
    );
    expect((await call('reports.list', { search: 'revenue' })).reports.map((report) => report.id)).toEqual([
      forecast.id,
    ]);
    expect((await call('reports.list', { tag: 'weekly' })).reports.map((report) => report.title)).toEqual([
      'Units by category',
    ]);
    expect(all.reports.find((report) => report.id === forecast.id)?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const refreshed = await call('reports.refresh', { id: forecast.id });
    expect(refreshed.version).toBe(2);
    const forecastComparison = await call('reports.compare', { id: forecast.id, before: 1, after: 2 });
    expect(forecastComparison.key).toEqual(['series', 'period']);
    expect(forecastComparison.rows).toHaveLength(2);

    const renamed = await call('reports.update', { id: forecast.id, title: 'Revenue, Nov–Dec', tags: ['board'] });
    expect(renamed).toMatchObject({ title: 'Revenue, Nov–Dec', tags: ['board'] });
    expect((await failure('reports.update', { id: forecast.id, title: '  ' })).field).toBe('title');
    expect(await call('reports.delete', { id: forecast.id })).toEqual({ deleted: true });
    expect((await failure('reports.get', { id: forecast.id })).code).toBe('not_found');
  });
});
