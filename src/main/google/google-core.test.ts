import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAKE_ACCOUNT,
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  FAKE_PROJECT,
  startFakeGoogle,
  type FakeGoogle,
} from '../../../test/google-fakes/fake-google-server';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';

const THELOOK_SQL =
  'SELECT status, COUNT(*) AS orders FROM `bigquery-public-data.thelook_ecommerce.orders` GROUP BY status ORDER BY status';

/**
 * The whole core against loopback Google: sign-in through the consent page, the billing
 * project, datasets, queries with their bytes, the cost guard and a revoked sign-in. Every reply
 * and event is kept, to prove no token ever leaves main.
 */
describe('Google in the core (against the loopback fakes)', () => {
  let google: FakeGoogle;
  let core: Core;
  let dataDir: string;
  const transcript: string[] = [];

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'http' });
    transcript.push(JSON.stringify(reply));
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };

  const failure = async (method: MethodName, input: unknown) => {
    const reply = await core.router.invoke(method, input, { transport: 'http' });
    transcript.push(JSON.stringify(reply));
    if (reply.ok) throw new Error(`${method} succeeded; expected an error`);
    return reply.error;
  };

  beforeAll(async () => {
    google = await startFakeGoogle();
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-google-core-'));
    core = createTestCore(dataDir, {
      AISLE_OAUTH_ENDPOINT: google.url,
      AISLE_BIGQUERY_API_ENDPOINT: google.url,
      AISLE_OAUTH_CLIENT_ID: FAKE_CLIENT_ID,
      AISLE_OAUTH_CLIENT_SECRET: FAKE_CLIENT_SECRET,
    });
    core.events.subscribe((message) => {
      transcript.push(JSON.stringify(message));
      // The simulated browser: it follows the consent page's redirect to Aisle's loopback listener.
      if (message.name === 'auth.consent') void fetch(message.payload.url);
    });
  });

  afterAll(async () => {
    await core.stop();
    await google.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in through the consent page and names the account', async () => {
    expect((await call('auth.state', {})).state).toBe('signed-out');
    const state = await call('auth.signIn', { method: 'browser' });
    expect(state).toMatchObject({ state: 'signed-in', account: FAKE_ACCOUNT, method: 'browser' });
    expect(transcript.some((line) => line.includes('"auth.state"') && line.includes(FAKE_ACCOUNT))).toBe(true);
  });

  it('asks for a billing project before BigQuery runs anything', async () => {
    const error = await failure('query.run', { sourceId: 'thelook', sql: THELOOK_SQL });
    expect(error.message).toMatch(/Choose a billing project in Settings > Google account/);
    expect((await call('google.projects.list', {})).projects.map((project) => project.id)).toContain(FAKE_PROJECT);
    await call('google.settings.set', { billingProject: FAKE_PROJECT });
    expect((await call('auth.state', {})).billingProject).toBe(FAKE_PROJECT);
  });

  it('adds a dataset as a source, and refuses one that does not exist', async () => {
    const datasets = await call('google.datasets.list', { projectId: FAKE_PROJECT });
    expect(datasets.datasets).toContainEqual({ projectId: FAKE_PROJECT, datasetId: 'merch_sandbox', location: 'US' });
    const list = await call('sources.addBigQuery', { projectId: FAKE_PROJECT, datasetId: 'merch_sandbox' });
    expect(list.sources.map((source) => source.id)).toContain(`bq:${FAKE_PROJECT}.merch_sandbox`);
    const missing = await failure('sources.addBigQuery', { projectId: FAKE_PROJECT, datasetId: 'nope' });
    expect(missing).toMatchObject({ code: 'not_found', field: 'datasetId' });
  });

  it('estimates, runs and caches a theLook query with its bytes, billing the chosen project', async () => {
    const estimate = await call('query.estimate', { sourceId: 'thelook', sql: THELOOK_SQL });
    expect(estimate).toMatchObject({ statementType: 'SELECT', readOnly: true });
    expect(estimate.bytesProcessed).toBeGreaterThan(0);
    expect(estimate.costUsd).toBeGreaterThan(0);

    const first = await call('query.run', { sourceId: 'thelook', sql: THELOOK_SQL });
    expect(first).toMatchObject({ status: 'complete', cacheHit: false, estimateBytes: estimate.bytesProcessed });
    expect(first.rowCount).toBeGreaterThan(1);
    expect(first.bytesProcessed).toBe(estimate.bytesProcessed);
    expect(first.bytesBilled).toBeGreaterThanOrEqual(10 * 1024 ** 2);
    const rows = await call('query.rows', { resultId: first.resultId, offset: 0, limit: 100 });
    expect(rows.rows.length).toBe(first.rowCount);

    const again = await call('query.run', { sourceId: 'thelook', sql: THELOOK_SQL });
    expect(again.cacheHit).toBe(true);
    const job = [...google.bigquery.jobs.values()].find((candidate) => candidate.sql === THELOOK_SQL);
    expect(job).toMatchObject({ projectId: FAKE_PROJECT, location: 'US' });
    expect(job?.configuration).toMatchObject({
      labels: { app: 'aisle' },
      query: { maximumBytesBilled: String(100 * 1024 ** 3) },
    });
  });

  it('shows a syntax error at its place while typing and after a run', async () => {
    const sql = 'SELECT category, SUM(revenue)\nFROM `bigquery-public-data.thelook_ecommerce.products`\nGROUP BY 1';
    const tentative = await call('query.estimate', { sourceId: 'thelook', sql, tentative: true });
    expect(tentative.problem).toMatch(/revenue/);
    const run = await call('query.run', { sourceId: 'thelook', sql });
    expect(run.status).toBe('failed');
    expect(run.errorPosition).toEqual({ line: 1, column: 22 });
  });

  it('refuses, before any job, a query over the byte limit and says by how much', async () => {
    await call('settings.costGuard.set', { confirmAboveBytes: 10 * 1024 ** 3, maximumBytesBilled: 20 * 1024 ** 3 });
    google.bigquery.script.onQuery({ match: /huge_scan/, totalBytesProcessed: 50 * 1024 ** 3 });
    const jobsBefore = google.bigquery.count(
      'jobs.insert',
      (request) => request.body !== null && !JSON.stringify(request.body).includes('"dryRun":true'),
    );
    const run = await call('query.run', {
      sourceId: 'thelook',
      sql: 'SELECT 1 AS huge_scan FROM `bigquery-public-data.thelook_ecommerce.events`',
    });
    expect(run.status).toBe('failed');
    expect(run.error).toContain('50 GB, over your limit of 20 GB by 30 GB');
    const jobsAfter = google.bigquery.count(
      'jobs.insert',
      (request) => request.body !== null && !JSON.stringify(request.body).includes('"dryRun":true'),
    );
    expect(jobsAfter).toBe(jobsBefore);
  });

  it('publishes the demo store to a dataset with load jobs and adds it as a source', async () => {
    await core.demo.generate(0.002);
    const published = await call('demo.publish', { projectId: FAKE_PROJECT, datasetId: 'aisle_demo' });
    expect(published.source.id).toBe(`bq:${FAKE_PROJECT}.aisle_demo`);
    const names = published.tables.map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(['order_items', 'orders', 'products', 'reviews']));
    expect(published.tables.every((table) => table.rows > 0 && table.bytes > 0)).toBe(true);
    expect(google.bigquery.count('jobs.upload')).toBe(names.length);
    expect(transcript.some((line) => line.includes('demo-publish') && line.includes('"done"'))).toBe(true);
    // The published tables answer queries on BigQuery like the local ones.
    const run = await call('query.run', {
      sourceId: published.source.id,
      sql: 'SELECT COUNT(*) AS n FROM products',
    });
    const rows = await call('query.rows', { resultId: run.resultId, offset: 0, limit: 1 });
    const local = await (await core.sources.warehouse('demo')).query('SELECT COUNT(*) AS n FROM products');
    expect(Number(rows.rows[0]?.[0])).toBe(Number(local.rows[0]?.[0]));
  });

  it('cancels a long BigQuery job: jobs.cancel, then the run says cancelled', async () => {
    google.bigquery.script.onQuery({ match: /long_running/, runUntilCancelled: true });
    const running = call('query.run', {
      sourceId: 'thelook',
      sql: 'SELECT COUNT(*) AS long_running FROM `bigquery-public-data.thelook_ecommerce.events`',
      jobId: 'long-job',
    });
    await expect
      .poll(() => [...google.bigquery.jobs.values()].some((job) => job.sql.includes('long_running')))
      .toBe(true);
    expect((await call('query.cancel', { jobId: 'long-job' })).cancelled).toBe(true);
    expect((await running).status).toBe('cancelled');
    const job = [...google.bigquery.jobs.values()].find((candidate) => candidate.sql.includes('long_running'));
    expect(job).toMatchObject({ cancelRequested: true, state: 'DONE' });
  });

  it('returns to signed out with a message when the sign-in is revoked, keeping cached results', async () => {
    const cached = (await call('history.list', {})).entries.find(
      (entry) => entry.resultId !== null && entry.status === 'complete',
    );
    for (const token of google.oauth.state.refreshTokensIssued) google.oauth.revoke(token);
    google.oauth.expireAccessTokens();
    const error = await failure('query.run', { sourceId: 'thelook', sql: `${THELOOK_SQL} LIMIT 1` }).catch(() => null);
    const state = await call('auth.state', {});
    expect(state.state).toBe('signed-out');
    expect(state.message).toMatch(/expired or was revoked/);
    // Either the run failed outright or was recorded as failed; both say to sign in again.
    const history = await call('history.list', { limit: 1 });
    expect(error?.message ?? history.entries[0]?.error ?? '').toMatch(/[Ss]ign in/);
    expect(cached?.resultId).toBeTruthy();
    const kept = await call('query.result', { resultId: cached?.resultId ?? '' });
    expect(kept.status).toBe('complete');
  });

  it('never lets a token reach a reply or an event', () => {
    const secrets = [...google.oauth.state.accessTokensIssued, ...google.oauth.state.refreshTokensIssued];
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    const everything = transcript.join('\n');
    expect(transcript.length).toBeGreaterThan(20);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
