/** Shared set-up of the BigQuery forecast tests: the loopback fake with daily sales of two SKUs, a real BigQueryWarehouse, helpers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  startFakeBigQueryServer,
  type FakeBigQueryServer,
  type RecordedRequest,
} from '../../../../test/google-fakes/fake-bigquery';
import { BigQueryWarehouse } from '../../bigquery/bigquery-warehouse';
import { BigQueryForecaster, type BigQueryForecasterOptions } from './bigquery-forecaster';

export const TOKEN = 'test-token';
export const BILLING = 'aisle-test';
export const SHOP = { projectId: 'aisle-test', datasetId: 'shop' };
export const WORKSPACE = { projectId: 'aisle-test', datasetId: 'aisle_work' };

/** 28 days (2026-03-01 .. 2026-03-28) of two SKUs: A trends up with a weekly wobble, B is flat with noise. */
const DAILY_SALES = `SELECT
  sku,
  CAST(DATE '2026-03-01' + CAST(day AS INTEGER) AS DATE) AS day,
  CAST(CASE sku WHEN 'A' THEN 20 + 0.5 * day + (day % 7) - 3 ELSE 40 + ((day * 7) % 5) - 2 END AS DOUBLE) AS units
FROM (VALUES ('A'), ('B')) AS skus(sku), range(0, 28) AS days(day)`;

export const HISTORY_SQL = 'SELECT sku AS id, day AS ds, units AS y FROM sales_daily';

export let server: FakeBigQueryServer;
export let folder: string;
const opened: BigQueryForecaster[] = [];

const auth = new OAuth2Client();
auth.setCredentials({ access_token: TOKEN });

export const warehouse = (): BigQueryWarehouse =>
  new BigQueryWarehouse({
    authClient: () => auth,
    billingProject: BILLING,
    dataset: SHOP,
    apiEndpoint: server.url,
    log: () => undefined,
    retry: { random: () => 0.5, sleep: () => Promise.resolve() },
    pollIntervalMs: 1,
  });

export const forecaster = (overrides: Partial<BigQueryForecasterOptions> = {}): BigQueryForecaster => {
  const made = new BigQueryForecaster({
    warehouse: warehouse(),
    cachePath: join(folder, 'bigquery-forecast.sqlite'),
    now: () => 1_760_000_000_000,
    ...overrides,
  });
  opened.push(made);
  return made;
};

const configuration = (request: RecordedRequest): Record<string, unknown> =>
  (request.body as { configuration: Record<string, unknown> }).configuration;
export const isDryRun = (request: RecordedRequest): boolean => configuration(request)['dryRun'] === true;
export const queryOf = (request: RecordedRequest): { query: string; queryParameters?: unknown[] } =>
  configuration(request)['query'] as { query: string; queryParameters?: unknown[] };
export const inserts = (): RecordedRequest[] =>
  server.fake.requests.filter((request) => request.route === 'jobs.insert');
/** Jobs (not dry runs) in the order they were inserted. */
export const jobs = (): RecordedRequest[] => inserts().filter((request) => !isDryRun(request));
export const dryRuns = (): RecordedRequest[] => inserts().filter(isDryRun);
/** `dry:` / `job:` plus the first line of the SQL after its comments, in order. */
export const insertLog = (): string[] =>
  inserts().map((request) => {
    const firstLine = queryOf(request)
      .query.split('\n')
      .find((line) => line.trim() !== '' && !line.trim().startsWith('--'));
    return `${isDryRun(request) ? 'dry' : 'job'}:${firstLine?.trim() ?? ''}`;
  });
/** The SQL of a request without its comment lines, whitespace runs collapsed to one space, for matching. */
export const flatSql = (request: RecordedRequest): string =>
  queryOf(request)
    .query.split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();

export const useFakeSales = (): void => {
  beforeAll(async () => {
    server = await startFakeBigQueryServer({
      authorize: (header) => header === `Bearer ${TOKEN}`,
      theLook: false,
      datasets: [
        {
          projectId: SHOP.projectId,
          datasetId: SHOP.datasetId,
          tables: [{ tableId: 'sales_daily', sql: DAILY_SALES }],
        },
        { projectId: WORKSPACE.projectId, datasetId: WORKSPACE.datasetId },
      ],
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.fake.script.reset();
    folder = mkdtempSync(join(tmpdir(), 'aisle-bq-forecast-'));
  });
  afterEach(() => {
    for (const made of opened.splice(0)) made.close();
    rmSync(folder, { recursive: true, force: true });
  });
};
