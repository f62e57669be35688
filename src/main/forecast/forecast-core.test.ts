import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';
import { historySql, readHistories, type SeriesQuery } from './series-reader';

/** Forecasts through the real core on a generated demo store (local engine), and from Ask. */
describe('forecasts on the demo store', () => {
  let core: Core;
  let dataDir: string;
  let stockOut: { productId: number; productName: string; from: string; to: string };

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
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-forecast-'));
    core = createTestCore(dataDir);
    await core.demo.generate(0.1);
    const fact = core.demo.manifest()?.plantedFacts.find((candidate) => candidate.kind === 'stock_out');
    stockOut = fact as unknown as typeof stockOut;
  }, 180_000);

  afterAll(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('forecasts total weekly revenue from complete weeks, with an interval, a backtest and holidays', async () => {
    const result = await call('forecast.run', { sourceId: 'demo', grain: 'week', horizon: 8 });
    expect(result.dataThrough).toBe('2026-10-31');
    const [total] = result.series;
    if (!total) throw new Error('no series');
    // 2026-10-31 is a Saturday: the week of the 26th is incomplete and left out.
    expect(total.history.at(-1)?.ds).toBe('2026-10-19');
    expect(total.forecast.map((point) => point.ds)).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
    ]);
    for (const point of total.forecast) {
      expect(point.lower).toBeLessThanOrEqual(point.point);
      expect(point.point).toBeLessThanOrEqual(point.upper);
    }
    expect(result.notes.join(' ')).toMatch(/not complete/);
    expect(total.backtest?.points.length).toBeGreaterThan(0);
    expect(total.backtest?.mase).toBeGreaterThan(0);
    expect(total.model.length).toBeGreaterThan(3);
    // The planted season: Black Friday week sells more than an ordinary October week.
    const blackFridayWeek = total.forecast.find((point) => point.ds === '2026-11-23');
    const october = total.forecast[0];
    expect(blackFridayWeek?.point ?? 0).toBeGreaterThan(october?.point ?? Infinity);
    expect(result.events.some((event) => event.kind === 'holiday' && event.start === '2026-11-27')).toBe(true);
  });

  it('forecasts the biggest categories as separate series, biggest first', async () => {
    const result = await call('forecast.run', {
      sourceId: 'demo',
      level: 'category',
      top: 3,
      grain: 'month',
      horizon: 3,
    });
    expect(result.series).toHaveLength(3);
    const members = await call('forecast.members', { sourceId: 'demo', level: 'category', measure: 'revenue' });
    expect(result.series.map((series) => series.label)).toEqual(
      members.members.slice(0, 3).map((member) => member.label),
    );
    expect(
      result.series.every((series) => series.forecast.length === 3 && series.forecast[0]?.ds === '2026-11-01'),
    ).toBe(true);
  });

  it('marks a product’s stock-out and does not read its empty shelf as lost demand', async () => {
    const result = await call('forecast.run', {
      sourceId: 'demo',
      level: 'product',
      members: [String(stockOut.productId)],
      grain: 'week',
      horizon: 4,
    });
    expect(result.series[0]?.label).toBe(stockOut.productName);
    expect(result.events.some((event) => event.kind === 'stock_out' && event.start <= stockOut.from)).toBe(true);
  });

  it('stops a running forecast when asked, and says so', async () => {
    const running = core.router.invoke(
      'forecast.run',
      { sourceId: 'demo', level: 'product', top: 24, grain: 'day', horizon: 28, jobId: 'forecast-to-stop' },
      { transport: 'ipc' },
    );
    expect(await call('forecast.cancel', { jobId: 'forecast-to-stop' })).toEqual({ cancelled: true });
    const reply = await running;
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatchObject({ code: 'cancelled', message: 'The forecast was cancelled.' });
    // Nothing runs under that id any more; a new forecast runs as usual.
    expect(await call('forecast.cancel', { jobId: 'forecast-to-stop' })).toEqual({ cancelled: false });
    expect((await call('forecast.run', { sourceId: 'demo', grain: 'month', horizon: 1 })).series).toHaveLength(1);
  });

  it('refuses what it cannot do with a reason', async () => {
    const long = await failure('forecast.run', { sourceId: 'demo', grain: 'month', horizon: 40 });
    expect(long).toMatchObject({ code: 'invalid_input', field: 'horizon' });
    const bigQuery = await failure('forecast.run', { sourceId: 'demo', engine: 'bigquery_timesfm' });
    expect(bigQuery.message).toMatch(/BigQuery forecasts run on BigQuery sources/);
  });

  it('pins a forecast as a report with its numbers', async () => {
    const pinned = await call('forecast.pin', {
      request: { sourceId: 'demo', grain: 'month', horizon: 2 },
      title: 'Revenue, next 2 months',
    });
    const stored = core.cache.reports.get(pinned.id);
    expect(stored?.report).toMatchObject({ kind: 'forecast', title: 'Revenue, next 2 months' });
    const snapshot = stored?.versions[0]?.snapshot as { forecast: { series: { forecast: unknown[] }[] } };
    expect(snapshot.forecast.series[0]?.forecast).toHaveLength(2);
  });

  it('answers Ask’s forecast questions with a forecast', async () => {
    const dresses = await call('ask.question', { sourceId: 'demo', question: 'Forecast dresses for the next 8 weeks' });
    expect(dresses.forecast).toMatchObject({ level: 'category', grain: 'week', horizon: 8 });
    expect(dresses.forecast?.series.map((series) => series.label)).toEqual(['Dresses']);
    expect(dresses.narrative[0]).toMatch(/^Dresses over the next 8 weeks: about \$[\d.,KM]+ in all\.$/);
    const december = await call('ask.question', { sourceId: 'demo', question: 'what will revenue be in December' });
    expect(december.forecast).toMatchObject({ level: 'total', grain: 'month', horizon: 2 });
    expect(december.narrative[0]).toMatch(/^Revenue in December 2026: about \$/);
  });

  it('gives the BigQuery engines the same histories as the local engine reads, weeks without sales as zeros', async () => {
    const warehouse = await core.sources.warehouse('demo');
    const model = core.sources.semanticModel('demo');
    if (!model) throw new Error('the demo store has no model');
    const lastDay = '2026-10-31';
    // Products sell in some weeks only: their histories have weeks of no sales inside them.
    const query: SeriesQuery = { measure: 'units', level: 'product', grain: 'week', members: [], top: 8, lastDay };
    const local = await readHistories(warehouse, model, query);
    expect(local.some((series) => series.y.includes(0))).toBe(true);
    const { rows } = await warehouse.query(
      `SELECT id, CAST(ds AS VARCHAR) AS ds, y FROM (${historySql(
        model,
        'duckdb',
        query,
        local.map((series) => series.key),
      )}) AS h ORDER BY id, ds`,
    );
    const fromSql = new Map<string, { ds: string[]; y: number[] }>();
    for (const [id, ds, y] of rows) {
      if (typeof id !== 'string' || typeof ds !== 'string') throw new Error('ids and days come back as text');
      const series = fromSql.get(id) ?? { ds: [], y: [] };
      series.ds.push(ds);
      series.y.push(Number(y));
      fromSql.set(id, series);
    }
    for (const series of local) {
      expect(fromSql.get(series.key)).toEqual({ ds: series.ds, y: series.y });
    }
  });
});
