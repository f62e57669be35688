import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../shared/contract';
import { cacheFilePath, openCache, type Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import { DemoService } from '../demo/demo-service';
import { generateDemoStore } from '../demo/generate-demo';
import { SourceRegistry } from '../sources/source-registry';
import type { Row } from '../warehouse/warehouse';
import { QueryRunner } from './query-runner';

const silent = (): void => undefined;

describe('QueryRunner on the demo store', () => {
  let dataDir: string;
  let cache: Cache;
  let sources: SourceRegistry;
  let runner: QueryRunner;
  const progress: JobProgress[] = [];
  const eventsOf = (jobId: string) => progress.filter((event) => event.jobId === jobId);
  const stageReached = (jobId: string, stage: string): Promise<void> =>
    new Promise((resolve) => {
      const check = setInterval(() => {
        if (eventsOf(jobId).some((event) => event.stage === stage)) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-query-'));
    await generateDemoStore({ dataDir, scale: 0.01 });
    cache = openCache(cacheFilePath(dataDir), silent).cache;
    const demo = new DemoService({ dataDir, log: silent, onProgress: silent, beforeReplace: () => Promise.resolve() });
    sources = new SourceRegistry(demo, cache);
    runner = new QueryRunner({ cache, sources, log: silent, onProgress: (event) => progress.push(event) });
  });

  afterAll(async () => {
    await runner.stop();
    await sources.closeAll();
    cache.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Reads a whole result back through `rows`, in windows of `limit`. */
  const pageThrough = (resultId: string, total: number, limit: number): Row[] => {
    const rows: Row[] = [];
    for (let offset = 0; offset < total; offset += limit) rows.push(...runner.rows(resultId, offset, limit));
    return rows;
  };

  it('stores a result whose pages hold exactly the rows of a direct query', async () => {
    const sql = 'SELECT id, order_id, product_id, status, created_at, sale_price FROM order_items ORDER BY id';
    const meta = await runner.run({ sourceId: 'demo', sql, jobId: 'lines' });
    const direct = await (await sources.warehouse('demo')).query(sql);

    expect(meta).toMatchObject({
      sourceId: 'demo',
      sql,
      status: 'complete',
      error: null,
      errorPosition: null,
      bytesProcessed: null,
      bytesBilled: null,
      cacheHit: null,
      estimateBytes: null,
    });
    expect(meta.note).toBeUndefined();
    expect(meta.columns).toEqual(direct.columns);
    expect(meta.rowCount).toBe(direct.rows.length);
    expect(meta.rowCount).toBeGreaterThan(5_000);
    expect(meta.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(meta.finishedAt).not.toBeNull();
    expect(pageThrough(meta.resultId, meta.rowCount, 1_234)).toEqual(direct.rows);
    expect(runner.rows(meta.resultId, meta.rowCount, 10)).toEqual([]);

    expect(runner.result(meta.resultId)).toEqual(meta);
    expect(cache.history.get(meta.historyId)).toMatchObject({
      status: 'complete',
      rowCount: meta.rowCount,
      resultId: meta.resultId,
      sql,
      startedAt: meta.startedAt,
      elapsedMs: meta.elapsedMs,
    });
    const events = eventsOf('lines');
    expect(events[0]).toMatchObject({ stage: 'Opening the data source', state: 'running' });
    expect(events.at(-1)).toEqual({
      jobId: 'lines',
      stage: 'Query complete',
      fraction: 1,
      state: 'done',
      message: `${meta.rowCount.toLocaleString('en-US')} rows`,
    });
  });

  it('stores a million rows and pages to the last one', async () => {
    const meta = await runner.run({ sourceId: 'demo', sql: 'SELECT range AS i FROM range(1000000)', jobId: 'million' });
    expect(meta).toMatchObject({ status: 'complete', rowCount: 1_000_000, columns: [{ name: 'i', type: 'BIGINT' }] });
    expect(runner.rows(meta.resultId, 0, 3)).toEqual([[0], [1], [2]]);
    expect(runner.rows(meta.resultId, 999_995, 5_000)).toEqual([[999_995], [999_996], [999_997], [999_998], [999_999]]);
    const middle = runner.rows(meta.resultId, 431_999, 5_000);
    expect(middle).toHaveLength(5_000);
    expect(middle[0]).toEqual([431_999]);
    expect(middle.at(-1)).toEqual([436_998]);
    expect(eventsOf('million').at(-1)).toMatchObject({ state: 'done', message: '1,000,000 rows' });
  });

  it('returns a failed statement as a result with the engine message, a hint and its position', async () => {
    const sql = 'SELECT p.category,\n  sum(oi.sale_price) AS revenue\nFROM order_itemz AS oi\nGROUP BY ALL';
    const meta = await runner.run({ sourceId: 'demo', sql, jobId: 'typo' });
    expect(meta.status).toBe('failed');
    expect(meta.rowCount).toBe(0);
    expect(meta.errorPosition).toEqual({ line: 3, column: 6 });
    expect(meta.error).toBe(
      'Catalog Error: Table with name order_itemz does not exist!\nDid you mean "order_items"?\n' +
        'Check the spelling of the name; the schema panel lists the tables of this data source.',
    );
    // The place survives a restart: it is worked out again from what the cache kept.
    expect(runner.result(meta.resultId)).toEqual(meta);
    expect(cache.history.get(meta.historyId)).toMatchObject({ status: 'failed', resultId: meta.resultId });
    expect(eventsOf('typo').at(-1)).toMatchObject({ state: 'failed', stage: 'Query failed' });
  });

  it('places a misspelled column within a multi-line statement', async () => {
    const sql = 'SELECT status,\n  count(*) AS lines\nFROM order_items\nWHERE sale_pricee > 10\nGROUP BY status';
    const meta = await runner.run({ sourceId: 'demo', sql });
    expect(meta).toMatchObject({ status: 'failed', errorPosition: { line: 4, column: 7 } });
    expect(meta.error).toMatch(/^Binder Error: Referenced column "sale_pricee" not found/);
    expect(meta.error).toMatch(/Check the column's name/);
  });

  it('binds @name parameters, matching names without regard to case and ignoring values not used', async () => {
    const sql = 'SELECT count(*) AS n FROM order_items WHERE sale_price >= @min AND status = @Status -- not @this\n';
    const meta = await runner.run({ sourceId: 'demo', sql, params: { min: 50, status: 'Complete', unused: 1 } });
    const direct = await (
      await sources.warehouse('demo')
    ).query('SELECT count(*) FROM order_items WHERE sale_price >= $min AND status = $status', {
      params: { min: 50, status: 'Complete' },
    });
    expect(meta.status).toBe('complete');
    expect(runner.rows(meta.resultId, 0, 1)).toEqual(direct.rows);
    expect(direct.rows[0]?.[0]).toBeGreaterThan(0);
    expect(cache.history.get(meta.historyId)?.params).toEqual({ min: 50, Status: 'Complete' });
  });

  it('refuses a statement whose parameters have no value, naming them', async () => {
    const error = await runner
      .run({ sourceId: 'demo', sql: 'SELECT @a + @b', params: { a: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AisleError);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'params.b' });
    expect((error as Error).message).toBe('Give a value for @b: every @name in the statement needs one.');
  });

  it('refuses several statements, and text that is only comments, without recording a run', async () => {
    const before = cache.history.count();
    await expect(runner.run({ sourceId: 'demo', sql: 'SELECT 1; SELECT 2;' })).rejects.toThrow(
      /holds 2 statements and a run takes one\. Select the statement to run .* or use Run all/,
    );
    await expect(runner.run({ sourceId: 'demo', sql: '-- nothing yet\n' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    // One statement with its ; and a comment after it is one statement.
    expect((await runner.run({ sourceId: 'demo', sql: 'SELECT 42 AS answer; -- done' })).status).toBe('complete');
    expect(cache.history.count()).toBe(before + 1);
  });

  it('refuses an unknown source as an error, not as a failed run', async () => {
    await expect(runner.run({ sourceId: 'nowhere', sql: 'SELECT 1' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('cancels a long query: the result and the history entry say cancelled', async () => {
    const running = runner.run({
      sourceId: 'demo',
      sql: 'SELECT sum(hash(i) % 7) FROM range(0, 20000000000) t(i)',
      jobId: 'long',
    });
    await stageReached('long', 'Running the query');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runner.cancel('long')).toBe(true);
    const meta = await running;
    expect(meta.status).toBe('cancelled');
    expect(runner.result(meta.resultId).status).toBe('cancelled');
    expect(cache.history.get(meta.historyId)?.status).toBe('cancelled');
    expect(eventsOf('long').at(-1)).toMatchObject({ state: 'cancelled', stage: 'Query cancelled' });
    // Nothing left to cancel under that id.
    expect(runner.cancel('long')).toBe(false);
  });

  it('cancels while rows are being stored, keeping the rows stored so far', async () => {
    const running = runner.run({ sourceId: 'demo', sql: 'SELECT range AS i FROM range(2000000000)', jobId: 'rows' });
    await stageReached('rows', 'Fetching rows');
    runner.cancel('rows');
    const meta = await running;
    expect(meta.status).toBe('cancelled');
    expect(meta.rowCount).toBeGreaterThan(0);
    expect(runner.rows(meta.resultId, 0, 2)).toEqual([[0], [1]]);
  });

  it('leaves nothing running when the cache loses the result mid-run, and says so', async () => {
    const running = runner.run({ sourceId: 'demo', sql: 'SELECT range AS i FROM range(2000000000)', jobId: 'lost' });
    await stageReached('lost', 'Fetching rows');
    const [result] = cache.results.list({ limit: 1 });
    expect(result?.status).toBe('running');
    cache.results.remove(result!.id);
    const error = await running.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not_found' });
    const [entry] = cache.history.list({ limit: 1 });
    expect(entry).toMatchObject({ status: 'failed', resultId: null });
    expect(entry?.error).toMatch(/removed from the cache/);
    expect(eventsOf('lost').at(-1)).toMatchObject({ state: 'failed' });
  });

  it('refuses a second run under a job id that is still running', async () => {
    const first = runner.run({ sourceId: 'demo', sql: 'SELECT count(*) FROM range(3000000000)', jobId: 'twice' });
    expect(() => runner.run({ sourceId: 'demo', sql: 'SELECT 1', jobId: 'twice' })).toThrow(/already running/);
    await stageReached('twice', 'Running the query');
    runner.cancel('twice');
    expect((await first).status).toBe('cancelled');
  });

  it('answers a cancel that arrives while the data source opens with a cancelled error', async () => {
    const running = runner.run({ sourceId: 'demo', sql: 'SELECT 1', jobId: 'early' });
    runner.cancel('early');
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(eventsOf('early').at(-1)).toMatchObject({ state: 'cancelled' });
  });

  it('says a result that does not exist is not found', () => {
    const thrown = (action: () => unknown): unknown => {
      try {
        action();
      } catch (error) {
        return error;
      }
      throw new Error('expected a throw');
    };
    expect(thrown(() => runner.result('no-such-result'))).toMatchObject({
      code: 'not_found',
      message: 'That result is no longer in the cache. Run the query again to see it.',
    });
    expect(thrown(() => runner.rows('no-such-result', 0, 10))).toMatchObject({ code: 'not_found' });
  });
});

describe('QueryRunner row limit', () => {
  it('keeps the first rows up to the limit, stops the engine and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aisle-query-limit-'));
    await generateDemoStore({ dataDir, scale: 0.01 });
    const { cache } = openCache(cacheFilePath(dataDir), silent);
    const demo = new DemoService({ dataDir, log: silent, onProgress: silent, beforeReplace: () => Promise.resolve() });
    const sources = new SourceRegistry(demo, cache);
    const runner = new QueryRunner({ cache, sources, log: silent, onProgress: silent, maxRows: 10_000 });
    try {
      const meta = await runner.run({ sourceId: 'demo', sql: 'SELECT range AS i FROM range(10000000000)' });
      expect(meta).toMatchObject({ status: 'complete', rowCount: 10_000 });
      expect(meta.note).toMatch(/^Aisle keeps at most 10,000 rows of a result and this one reached that limit/);
      expect(runner.rows(meta.resultId, 9_999, 10)).toEqual([[9_999]]);
      expect(runner.result(meta.resultId).note).toBe(meta.note);
      // The warehouse is free for the next query.
      expect((await runner.run({ sourceId: 'demo', sql: 'SELECT 1' })).status).toBe('complete');
    } finally {
      await sources.closeAll();
      cache.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
