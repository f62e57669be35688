/** Shared set-up of the BigQuery warehouse tests: the loopback fake, a warehouse factory, request helpers. */
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  startFakeBigQueryServer,
  type FakeBigQueryServer,
  type RecordedRequest,
} from '../../../test/google-fakes/fake-bigquery';
import { AisleError } from '../core/aisle-error';
import { BigQueryWarehouse, type BigQueryWarehouseOptions } from './bigquery-warehouse';

export const TOKEN = 'test-token';
export const BILLING = 'aisle-test';
export const THELOOK = { projectId: 'bigquery-public-data', datasetId: 'thelook_ecommerce' };
export const GB = 1024 ** 3;

/** Live bindings: set by the hooks `useFakeBigQuery` registers, read by the tests. */
export let server: FakeBigQueryServer;
export let sleeps: number[];
export let logs: string[];

export const signedIn = (token = TOKEN): OAuth2Client => {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: token });
  return client;
};

export const auth = signedIn();

export const warehouse = (overrides: Partial<BigQueryWarehouseOptions> = {}): BigQueryWarehouse =>
  new BigQueryWarehouse({
    authClient: () => auth,
    billingProject: BILLING,
    dataset: THELOOK,
    apiEndpoint: server.url,
    log: (message) => logs.push(message),
    retry: {
      random: () => 0.5,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    },
    pollIntervalMs: 1,
    ...overrides,
  });

/** The rejection of `promise` as an AisleError (fails the test when it resolves or throws something else). */
export const failure = async (promise: Promise<unknown>): Promise<AisleError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AisleError);
    return error as AisleError;
  }
  throw new Error('expected the call to fail');
};

export const body = (request: RecordedRequest): Record<string, unknown> => request.body as Record<string, unknown>;
export const configuration = (request: RecordedRequest): Record<string, unknown> =>
  body(request)['configuration'] as Record<string, unknown>;
export const isDryRun = (request: RecordedRequest): boolean => configuration(request)['dryRun'] === true;
export const jobInserts = (): RecordedRequest[] =>
  server.fake.requests.filter((request) => request.route === 'jobs.insert' && !isDryRun(request));
export const dryRuns = (): RecordedRequest[] =>
  server.fake.requests.filter((request) => request.route === 'jobs.insert' && isDryRun(request));
export const jobIdOf = (request: RecordedRequest): string => (body(request)['jobReference'] as { jobId: string }).jobId;

/** The fake BigQuery (with a few seeded datasets) for a test file, reset before each test. */
export const useFakeBigQuery = (): void => {
  beforeAll(async () => {
    server = await startFakeBigQueryServer({
      authorize: (header) => header === `Bearer ${TOKEN}`,
      datasets: [
        {
          projectId: BILLING,
          datasetId: 'eu_sales',
          location: 'EU',
          tables: [{ tableId: 'targets', sql: "SELECT 'Dresses' AS category, 1000.0 AS target" }],
        },
        {
          projectId: BILLING,
          datasetId: 'scratch',
          location: 'US',
          tables: [{ tableId: 'audit', sql: 'SELECT 1 AS n' }],
        },
        {
          projectId: BILLING,
          datasetId: 'types',
          location: 'US',
          tables: [
            {
              tableId: 'samples',
              sql: `SELECT 9007199254740993::BIGINT AS big, 42::BIGINT AS small, DATE '2024-02-29' AS day,
                      TIMESTAMP '2024-03-01 12:34:56.123456' AS at, {'sku': 'A1', 'qty': 3} AS item,
                      ['knit', 'wool'] AS tags, NULL::VARCHAR AS missing, 12.50::DECIMAL(10, 2) AS price,
                      1.5::DOUBLE AS ratio, true AS active, '\\xAB\\xCD'::BLOB AS raw,
                      [{'size': 'M', 'stock': 4}] AS sizes`,
            },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(() => {
    server.fake.script.reset();
    sleeps = [];
    logs = [];
  });
};
