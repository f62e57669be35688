import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PROJECT, startFakeGoogle, type FakeGoogle } from '../../../test/google-fakes/fake-google-server';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';
import { fakeGoogleEnv, jobSqlOf, signedInCore } from '../../../test/google-fakes/signed-in-core';

const CONNECTION = `${FAKE_PROJECT}.us.vertex-ai`;

/**
 * The explorer on a BigQuery source, against the loopback fakes: the demo store published to
 * a dataset, read through the BigQuery dialect, its reviews indexed from BigQuery, and the
 * BigQuery AI actions (estimate first, then the job, then the cache).
 */
describe('explore on a BigQuery source (loopback fakes)', () => {
  let google: FakeGoogle;
  let core: Core;
  let dataDir: string;
  let sourceId: string;

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'http' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  const failure = async (method: MethodName, input: unknown) => {
    const reply = await core.router.invoke(method, input, { transport: 'http' });
    if (reply.ok) throw new Error(`${method} succeeded; expected an error`);
    return reply.error;
  };
  const jobSql = (): string[] => jobSqlOf(google);

  beforeAll(async () => {
    google = await startFakeGoogle();
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-explore-bq-'));
    core = await signedInCore(dataDir, google);
    await core.demo.generate(0.02);
    const published = await call('demo.publish', { projectId: FAKE_PROJECT, datasetId: 'shop' });
    sourceId = published.source.id;
  }, 180_000);

  afterAll(async () => {
    await core.stop();
    await google.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the products with sales read in GoogleSQL and reviews indexed from BigQuery', async () => {
    const local = await call('explore.products', { sourceId: 'demo', limit: 5 });
    const remote = await call('explore.products', { sourceId, limit: 5 });
    expect(remote.catalogueSize).toBe(local.catalogueSize);
    expect(remote.reviews).toBe('ready');
    // The same store, read through BigQuery: the same products, numbers and review stats.
    expect(remote.rows.map((row) => [row.id, row.units, row.reviews])).toEqual(
      local.rows.map((row) => [row.id, row.units, row.reviews]),
    );
    expect(remote.rows[0]?.revenue).toBeCloseTo(local.rows[0]?.revenue ?? 0, 2);
    expect(jobSql().some((sql) => /`aisle-test-project`?\.?`?shop`?/.test(sql) && /product_images/.test(sql))).toBe(
      true,
    );
    const page = await call('explore.product', { sourceId, productId: remote.rows[0]?.id ?? '' });
    expect(page.sourceKind).toBe('bigquery');
    expect(page.sales.length).toBeGreaterThan(10);
  });

  it('asks for a connection before BigQuery AI, then estimates, runs and caches a review summary', async () => {
    const { rows } = await call('explore.products', { sourceId, sort: 'reviews', limit: 1 });
    const productId = rows[0]?.id ?? '';
    const missing = await failure('explore.ai.estimate', { sourceId, task: 'summary', productId });
    expect(missing.message).toMatch(/BigQuery connection/);
    expect((await failure('google.settings.set', { aiConnection: 'not a connection' })).message).toMatch(
      /PROJECT\.LOCATION\.CONNECTION/,
    );
    await call('google.settings.set', { aiConnection: CONNECTION });

    const jobsBefore = jobSql().length;
    const estimate = await call('explore.ai.estimate', { sourceId, task: 'summary', productId });
    expect(estimate.bytesProcessed).toBeGreaterThan(0);
    expect(estimate.modelCalls).toBeGreaterThan(0);
    expect(estimate.costUsd).not.toBeNull();

    const first = await call('explore.ai.run', { sourceId, task: 'summary', productId });
    expect(first.fromCache).toBe(false);
    if (first.result.task !== 'summary') throw new Error('expected a summary');
    expect(first.result.summary.productId).toBe(productId);
    expect(first.result.summary.summary.length).toBeGreaterThan(0);
    const sent = jobSql().slice(jobsBefore);
    expect(sent.some((sql) => /AI\.GENERATE\s*\(/i.test(sql) && sql.includes(CONNECTION))).toBe(true);

    const again = await call('explore.ai.run', { sourceId, task: 'summary', productId });
    expect(again.fromCache).toBe(true);
    expect(jobSql().length).toBe(jobsBefore + sent.length);
  });

  it('stops a running BigQuery AI task on request: BigQuery cancels its job', async () => {
    const { rows } = await call('explore.products', { sourceId, sort: 'reviews', limit: 2 });
    const productId = rows[1]?.id ?? '';
    google.bigquery.script.onQuery({ match: /AI\.GENERATE\s*\(/i, runUntilCancelled: true, times: 1 });
    const running = core.router.invoke(
      'explore.ai.run',
      { sourceId, task: 'summary', productId, refresh: true, jobId: 'ai-to-stop' },
      { transport: 'http' },
    );
    const runningJob = () =>
      [...google.bigquery.jobs.values()].find((job) => /AI\.GENERATE\s*\(/i.test(job.sql) && job.state !== 'DONE');
    await expect.poll(runningJob, { timeout: 20_000 }).toBeDefined();
    expect(await call('explore.ai.cancel', { jobId: 'ai-to-stop' })).toEqual({ cancelled: true });
    const reply = await running;
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('cancelled');
      expect(reply.error.message).toMatch(/was cancelled/);
    }
    expect(
      [...google.bigquery.jobs.values()].some((job) => /AI\.GENERATE\s*\(/i.test(job.sql) && job.cancelRequested),
    ).toBe(true);
    // Nothing is left to stop, and the next run is not affected.
    expect(await call('explore.ai.cancel', { jobId: 'ai-to-stop' })).toEqual({ cancelled: false });
  });

  it('refuses BigQuery AI input it cannot use before any job', async () => {
    const jobs = jobSql().length;
    expect((await failure('explore.ai.run', { sourceId, task: 'summary' })).field).toBe('productId');
    expect((await failure('explore.ai.estimate', { sourceId, task: 'search', query: 'a' })).field).toBe('query');
    expect(jobSql().length).toBe(jobs);
  });

  it('opens the kept catalogue offline, with its reviews and the time it was read', async () => {
    const online = await call('explore.products', { sourceId, limit: 3 });
    // An explorer view pinned online reads the products again on refresh, only online.
    const view = { sourceId, sort: 'units' };
    const pinned = await call('explore.pinView', view);
    expect((await call('reports.refresh', { id: pinned.id })).version).toBe(2);
    // Google goes away; a new session on the same data folder cannot reach BigQuery.
    await core.stop();
    await google.close();
    core = createTestCore(dataDir, fakeGoogleEnv(google));
    const offline = await call('explore.products', { sourceId, limit: 3 });
    expect(offline.rows.map((row) => [row.id, row.revenue, row.reviews])).toEqual(
      online.rows.map((row) => [row.id, row.revenue, row.reviews]),
    );
    expect(offline.reviews).toBe('ready');
    expect(offline.asOf <= new Date().toISOString()).toBe(true);
    expect(offline.asOf).not.toBe(online.asOf);

    // What was kept is not a new reading: the view is neither refreshed nor pinned from it.
    const refresh = await failure('reports.refresh', { id: pinned.id });
    expect(refresh.code).toBe('unavailable');
    expect(refresh.message).toMatch(/offline|cannot be reached/);
    expect((await call('reports.get', { id: pinned.id })).versions).toHaveLength(2);
    expect((await failure('explore.pinView', view)).message).toMatch(/cannot be reached on BigQuery/);
  });
});
