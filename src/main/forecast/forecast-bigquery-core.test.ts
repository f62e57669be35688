import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PROJECT, startFakeGoogle, type FakeGoogle } from '../../../test/google-fakes/fake-google-server';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { jobSqlOf, signedInCore } from '../../../test/google-fakes/signed-in-core';

/** Forecasts on a BigQuery source through the core, against the loopback fakes: cost first, then the job. */
describe('forecasts on BigQuery (loopback fakes)', () => {
  let google: FakeGoogle;
  let core: Core;
  let dataDir: string;
  let sourceId: string;

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'http' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  const jobSql = (): string[] => jobSqlOf(google);

  beforeAll(async () => {
    google = await startFakeGoogle();
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-forecast-bq-'));
    // Google (the loopback fake) answers the network probe: this core is online.
    core = await signedInCore(
      dataDir,
      google,
      {},
      { probe: () => Promise.resolve({ reachable: true, detail: 'fake' }) },
    );
    await core.demo.generate(0.02);
    sourceId = (await call('demo.publish', { projectId: FAKE_PROJECT, datasetId: 'shop' })).source.id;
  }, 180_000);

  afterAll(async () => {
    await core.stop();
    await google.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('estimates, then forecasts the top categories with AI.FORECAST in one job, in the local engine’s shape', async () => {
    const request = { sourceId, level: 'category', top: 3, grain: 'month', horizon: 3, engine: 'bigquery_timesfm' };
    const forecastJobs = (): number => jobSql().filter((sql) => /AI\.FORECAST/i.test(sql)).length;
    const estimate = await call('forecast.estimate', request);
    expect(estimate.bytesProcessed).toBeGreaterThan(0);
    // The estimate reads which categories are biggest, but forecasts nothing: a dry run only.
    expect(forecastJobs()).toBe(0);
    const before = jobSql().length;

    const result = await call('forecast.run', request);
    expect(result.engine).toBe('bigquery_timesfm');
    expect(result.series).toHaveLength(3);
    for (const series of result.series) {
      expect(series.model).toMatch(/TimesFM/);
      expect(series.forecast.map((point) => point.ds)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
      expect(series.forecast.every((point) => point.lower <= point.point && point.point <= point.upper)).toBe(true);
      expect(series.backtest?.points.length).toBe(3);
    }
    const sent = jobSql().slice(before);
    const forecastJob = sent.find((sql) => /AI\.FORECAST\s*\(/i.test(sql));
    expect(forecastJob).toMatch(/id_cols\s*=>\s*\[\s*'id'\s*\]/);
    expect(forecastJob).toMatch(/horizon\s*=>\s*3\b/);
    expect(forecastJob).toMatch(/confidence_level\s*=>\s*0\.95/);
    expect(result.bytesProcessed).not.toBeNull();

    // Asked again: from the cache, no new forecast job.
    const jobs = jobSql().filter((sql) => /AI\.FORECAST/i.test(sql)).length;
    const again = await call('forecast.run', request);
    expect(again.notes.join(' ')).toMatch(/cache/);
    expect(jobSql().filter((sql) => /AI\.FORECAST/i.test(sql)).length).toBe(jobs);
  });

  it('forecasts the same store with the local engine when asked', async () => {
    const local = await call('forecast.run', { sourceId, grain: 'week', horizon: 4 });
    expect(local.engine).toBe('local');
    expect(local.series[0]?.forecast).toHaveLength(4);
  });

  it('shows BigQuery’s refusal while online rather than a forecast kept from before', async () => {
    const request = { sourceId, grain: 'month', horizon: 2 };
    const first = await call('forecast.run', request);
    expect(first.notes.join(' ')).not.toMatch(/Offline/);
    google.bigquery.script.onQuery({
      match: () => true,
      jobError: { reason: 'accessDenied', message: 'Access Denied: User does not have bigquery.jobs.create' },
      times: 3,
    });
    const reply = await core.router.invoke('forecast.run', request, { transport: 'http' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('forbidden');
      expect(reply.error.message).not.toMatch(/Offline/);
    }
  });

  it('shows BigQuery’s refusal of a product page while online rather than the page kept from before', async () => {
    google.bigquery.script.reset();
    const { rows } = await call('explore.products', { sourceId, limit: 1 });
    const productId = rows[0]?.id ?? '';
    const page = await call('explore.product', { sourceId, productId });
    expect(page.offlineNote).toBeNull();
    google.bigquery.script.onQuery({
      match: () => true,
      jobError: { reason: 'accessDenied', message: 'Access Denied: User does not have bigquery.jobs.create' },
      times: 5,
    });
    const reply = await core.router.invoke('explore.product', { sourceId, productId }, { transport: 'http' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('forbidden');
  });
});
