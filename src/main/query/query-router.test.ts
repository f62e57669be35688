import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EditorTabs,
  ErrorPayload,
  HistoryItem,
  JobProgress,
  QueryEstimate,
  QueryResultMeta,
  ResultEnvelope,
  SavedQueryItem,
  SchemaTable,
} from '../../shared/contract';
import { cacheFilePath, openCache } from '../cache';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';
import { generateDemoStore } from '../demo/generate-demo';
import { STARTER_SQL } from './starter-query';

/** The editor's calls as the renderer makes them: through the core's router, validated both ways. */
describe('SQL editor calls through the router', () => {
  let dataDir: string;
  let core: Core;
  const progress: JobProgress[] = [];

  const call = (method: string, input: unknown): Promise<ResultEnvelope<unknown>> =>
    core.router.invoke(method, input, { transport: 'http' });
  const value = async <T>(method: string, input: unknown): Promise<T> => {
    const reply = await call(method, input);
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
    // The router has validated the value against the method's output schema.
    return reply.value as T;
  };
  const failure = async (method: string, input: unknown): Promise<ErrorPayload> => {
    const reply = await call(method, input);
    if (reply.ok) throw new Error(`${method} unexpectedly succeeded`);
    return reply.error;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-query-core-'));
    await generateDemoStore({ dataDir, scale: 0.01 });
    core = createTestCore(dataDir);
    core.events.subscribe((message) => {
      if (message.name === 'job.progress') progress.push(message.payload);
    });
  });

  afterAll(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a statement, reports progress under the job id and pages the rows', async () => {
    const meta = await value<QueryResultMeta>('query.run', {
      sourceId: 'demo',
      sql: 'SELECT id, name FROM products ORDER BY id',
      jobId: 'products-1',
    });
    expect(meta).toMatchObject({ status: 'complete', rowCount: 300, columns: [{ name: 'id' }, { name: 'name' }] });
    const { rows } = await value<{ rows: unknown[][] }>('query.rows', {
      resultId: meta.resultId,
      offset: 298,
      limit: 10,
    });
    expect(rows.map((row) => row[0])).toEqual([299, 300]);
    expect(await value('query.result', { resultId: meta.resultId })).toEqual(meta);
    const events = progress.filter((event) => event.jobId === 'products-1');
    expect(events.at(-1)).toMatchObject({ state: 'done', message: '300 rows' });
  });

  it('runs the starter query of a fresh editor', async () => {
    const tabs = await value<EditorTabs>('editor.tabs.load', {});
    expect(tabs).toEqual({
      tabs: [{ id: 'query-1', title: 'Query 1', sql: STARTER_SQL, sourceId: 'demo', resultId: null }],
      activeId: 'query-1',
    });
    const meta = await value<QueryResultMeta>('query.run', { sourceId: 'demo', sql: STARTER_SQL });
    expect(meta.status).toBe('complete');
    expect(meta.rowCount).toBeGreaterThan(10);
    expect(meta.columns.map((column) => column.name)).toEqual(['category', 'revenue', 'orders', 'avg_order_value']);
  });

  it('keeps positions relative to the text as sent, leading blank lines included', async () => {
    const meta = await value<QueryResultMeta>('query.run', {
      sourceId: 'demo',
      sql: '\n\nSELECT nope\nFROM products',
    });
    expect(meta).toMatchObject({ status: 'failed', errorPosition: { line: 3, column: 8 } });
  });

  it('validates input and names the field', async () => {
    expect(await failure('query.run', { sourceId: 'demo', sql: '  \n ' })).toMatchObject({
      code: 'invalid_input',
      field: 'sql',
    });
    expect(await failure('query.run', { sql: 'SELECT 1' })).toMatchObject({ code: 'invalid_input', field: 'sourceId' });
    expect(await failure('query.run', { sourceId: 'demo', sql: 'SELECT @x', params: { 'bad name': 1 } })).toMatchObject(
      { code: 'invalid_input' },
    );
    const tooMany = await failure('query.rows', { resultId: 'x', offset: 0, limit: 10_000 });
    expect(tooMany).toMatchObject({ code: 'invalid_input', field: 'limit' });
    expect(tooMany.message).toContain('at most 5,000 rows');
    expect(await failure('query.run', { sourceId: 'nowhere', sql: 'SELECT 1' })).toMatchObject({ code: 'not_found' });
    expect(await failure('query.result', { resultId: 'gone' })).toMatchObject({ code: 'not_found' });
    expect(await failure('query.rows', { resultId: 'gone', offset: 0, limit: 10 })).toMatchObject({
      code: 'not_found',
      message: 'That result is no longer in the cache. Run the query again to see its rows.',
    });
    expect(await failure('query.run', { sourceId: 'demo', sql: 'SELECT 1; SELECT 2' })).toMatchObject({
      code: 'invalid_input',
      field: 'sql',
    });
  });

  it('answers a cancel for a job that is not running', async () => {
    expect(await value('query.cancel', { jobId: 'nothing' })).toEqual({ cancelled: false });
  });

  it('finds runs in history by words, status and source', async () => {
    const marker = `marker_${Date.now()}`;
    await value('query.run', { sourceId: 'demo', sql: `SELECT 1 AS ${marker}` });
    await value('query.run', { sourceId: 'demo', sql: `SELECT 2 AS ${marker}, count(*) FROM orders` });
    await value('query.run', { sourceId: 'demo', sql: `SELECT ${marker} FROM orderz` });

    const all = await value<{ entries: HistoryItem[]; total: number }>('history.list', { search: marker });
    expect(all.total).toBe(3);
    expect(all.entries.map((entry) => entry.status)).toEqual(['failed', 'complete', 'complete']);

    const failed = await value<{ entries: HistoryItem[]; total: number }>('history.list', {
      search: `${marker} orderz`,
      statuses: ['failed'],
    });
    expect(failed.total).toBe(1);
    expect(failed.entries[0]).toMatchObject({ status: 'failed', sourceId: 'demo', rowCount: 0 });
    expect(failed.entries[0]?.error).toMatch(/^Catalog Error: Table with name orderz does not exist!/);
    expect(failed.entries[0]?.error).not.toContain('LINE 1:');

    const paged = await value<{ entries: HistoryItem[]; total: number }>('history.list', {
      search: marker,
      statuses: ['complete'],
      limit: 1,
      offset: 1,
    });
    expect(paged).toMatchObject({ total: 2, entries: [{ sql: `SELECT 1 AS ${marker}` }] });
    expect(await value('history.list', { search: marker, sourceId: 'elsewhere' })).toEqual({ entries: [], total: 0 });
    expect(
      await value('history.list', { search: marker, from: new Date(Date.now() + 60_000).toISOString() }),
    ).toMatchObject({ total: 0 });
  });

  it('saves, lists and deletes saved queries', async () => {
    const saved = await value<SavedQueryItem>('saved.save', {
      sourceId: 'Demo store',
      name: '  Top categories ',
      sql: STARTER_SQL,
      tags: ['revenue', 'Revenue', 'weekly'],
    });
    expect(saved).toMatchObject({ sourceId: 'demo', name: 'Top categories', tags: ['revenue', 'weekly'] });
    await value('saved.save', {
      sourceId: 'demo',
      name: 'Returns',
      sql: "SELECT * FROM order_items WHERE status = 'Returned'",
    });

    const list = async (input: object) => (await value<{ queries: SavedQueryItem[] }>('saved.list', input)).queries;
    expect((await list({})).map((query) => query.name)).toEqual(['Returns', 'Top categories']);
    expect((await list({ tag: 'weekly' })).map((query) => query.name)).toEqual(['Top categories']);
    expect((await list({ search: 'returns' })).map((query) => query.name)).toEqual(['Returns']);

    // Saving under the same name replaces the SQL.
    const again = await value<SavedQueryItem>('saved.save', { sourceId: 'demo', name: 'Returns', sql: 'SELECT 1' });
    expect((await list({})).find((query) => query.name === 'Returns')).toMatchObject({ id: again.id, sql: 'SELECT 1' });

    expect(await value('saved.delete', { id: saved.id })).toEqual({ deleted: true });
    expect(await value('saved.delete', { id: saved.id })).toEqual({ deleted: false });
    expect((await list({})).map((query) => query.name)).toEqual(['Returns']);
    expect(await failure('saved.save', { sourceId: 'demo', name: ' ', sql: 'SELECT 1' })).toMatchObject({
      field: 'name',
    });
    expect(await failure('saved.save', { sourceId: 'nowhere', name: 'x', sql: 'SELECT 1' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('saves the tabs and loads them back, dropping results that are gone', async () => {
    const meta = await value<QueryResultMeta>('query.run', { sourceId: 'demo', sql: 'SELECT 7 AS seven' });
    const tabs: EditorTabs = {
      tabs: [
        {
          id: 'a',
          title: 'Unsaved draft',
          sql: 'SELECT * FROM orders WHERE -- still typing',
          sourceId: 'demo',
          resultId: meta.resultId,
        },
        { id: 'b', title: 'Query 2', sql: '', sourceId: 'demo', resultId: 'evicted-long-ago' },
      ],
      activeId: 'b',
    };
    expect(await value('editor.tabs.save', tabs)).toEqual({ saved: true });
    expect(await value('editor.tabs.load', {})).toEqual({
      tabs: [tabs.tabs[0], { ...tabs.tabs[1], resultId: null }],
      activeId: 'b',
    });

    expect(await failure('editor.tabs.save', { tabs: [tabs.tabs[0], tabs.tabs[0]], activeId: 'a' })).toMatchObject({
      code: 'invalid_input',
      field: 'tabs.1.id',
    });
    expect(await failure('editor.tabs.save', { tabs: tabs.tabs, activeId: 'zzz' })).toMatchObject({
      field: 'activeId',
    });
    expect(await failure('editor.tabs.save', { tabs: tabs.tabs })).toMatchObject({ code: 'invalid_input' });
  });

  it('estimates a statement and lists the tables of a source', async () => {
    const estimate = await value<QueryEstimate>('query.estimate', { sourceId: 'demo', sql: 'SELECT * FROM products' });
    expect(estimate).toEqual({
      statementType: 'SELECT',
      readOnly: true,
      estimatedRows: 300,
      bytesProcessed: null,
      costUsd: null,
      problem: null,
    });
    expect(
      await value('query.estimate', { sourceId: 'demo', sql: 'SELECT * FROM products WHERE retail_price > @min' }),
    ).toMatchObject({ statementType: 'SELECT', readOnly: true, estimatedRows: null });
    expect(await value('query.estimate', { sourceId: 'demo', sql: 'DELETE FROM products' })).toMatchObject({
      statementType: 'DELETE',
      readOnly: false,
    });
    expect(await failure('query.estimate', { sourceId: 'demo', sql: 'SELEC 1' })).toMatchObject({
      code: 'invalid_input',
    });
    // While typing, the editor asks tentatively: text that does not parse yet is a problem, not a failure.
    expect(await value('query.estimate', { sourceId: 'demo', sql: 'SELEC 1', tentative: true })).toMatchObject({
      statementType: 'UNKNOWN',
      estimatedRows: null,
      problem: expect.stringMatching(/Parser Error/) as unknown,
    });
    expect(await failure('query.estimate', { sourceId: 'demo', sql: 'SELECT 1; SELECT 2' })).toMatchObject({
      field: 'sql',
      message: 'Estimate one statement at a time (this text has 2).',
    });

    const schema = await value<{ dialect: string; tables: SchemaTable[] }>('schema.tables', { sourceId: 'demo' });
    expect(schema.dialect).toBe('duckdb');
    const products = schema.tables.find((table) => table.name === 'products');
    expect(products).toMatchObject({ schema: 'main', rowCount: 300 });
    expect(products?.columns).toContainEqual({ name: 'category', type: 'VARCHAR' });
  });

  it('marks a query still running at shutdown as cancelled', async () => {
    const running = call('query.run', {
      sourceId: 'demo',
      sql: 'SELECT sum(hash(i) % 7) FROM range(0, 20000000000) t(i)',
      jobId: 'at-shutdown',
    });
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (progress.some((event) => event.jobId === 'at-shutdown' && event.stage === 'Running the query')) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    await core.stop();
    const reply = await running;
    if (!reply.ok) throw new Error(reply.error.message);
    const meta = reply.value as QueryResultMeta;
    expect(meta.status).toBe('cancelled');
    // Recorded before the cache closed, so the next launch does not find it 'running' or 'interrupted'.
    const { cache } = openCache(cacheFilePath(dataDir), () => undefined);
    expect(cache.history.get(meta.historyId)?.status).toBe('cancelled');
    expect(cache.results.get(meta.resultId)?.status).toBe('cancelled');
    cache.close();
  });
});
