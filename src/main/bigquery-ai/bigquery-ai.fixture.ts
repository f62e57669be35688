/** Shared set-up of the BigQuery AI tests: the loopback fake with a shop dataset, a real BigQueryWarehouse, helpers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  startFakeBigQueryServer,
  type FakeBigQueryServer,
  type RecordedRequest,
} from '../../../test/google-fakes/fake-bigquery';
import { BigQueryWarehouse } from '../bigquery/bigquery-warehouse';
import { BigQueryAi, type BigQueryAiOptions } from './bigquery-ai';
import type { BigQueryAiSettingsInput } from './identifiers';

export const TOKEN = 'test-token';
export const BILLING = 'aisle-test';
export const SHOP = { projectId: 'aisle-test', datasetId: 'shop' };
export const CONNECTION = 'aisle-test.us.vertex-ai';

/** Reviews of two products (101: mixed, 102: a sizing complaint and praise) and their gs:// images. */
const REVIEWS = `SELECT * FROM (VALUES
  (1::BIGINT, 101::BIGINT, 11::BIGINT, TIMESTAMP '2026-03-01 10:00:00', 5::BIGINT, 'Love it', 'Love the colour and the fabric is soft. A perfect fit.'),
  (2, 101, 12, TIMESTAMP '2026-03-02 10:00:00', 2, 'Disappointed', 'The fabric is thin and scratchy and the seams ripped after one wash.'),
  (3, 101, 13, TIMESTAMP '2026-03-03 10:00:00', 4, 'Good value', 'Great price and the delivery arrived fast.'),
  (4, 102, 14, TIMESTAMP '2026-03-04 10:00:00', 1, 'Too small', 'Runs small and tight across the shoulders. Returned it.'),
  (5, 102, 15, TIMESTAMP '2026-03-05 10:00:00', 5, 'Gorgeous', 'Gorgeous jeans, comfortable all day.')
) AS t(id, product_id, user_id, created_at, rating, title, text)`;

const IMAGES = `SELECT * FROM (VALUES
  (101::BIGINT, 'gs://aisle-shop-images/dress/red-floral-front.png', 'front', 'red'),
  (101, 'gs://aisle-shop-images/dress/red-floral-back.png', 'back', 'red'),
  (102, 'gs://aisle-shop-images/jeans/navy-plain-front.png', 'front', 'navy')
) AS t(product_id, uri, view, dominant_colour)`;

export const SETTINGS: BigQueryAiSettingsInput = { source: SHOP, connection: CONNECTION };

export let server: FakeBigQueryServer;
export let folder: string;
const opened: BigQueryAi[] = [];

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

export const bigQueryAi = (overrides: Partial<BigQueryAiOptions> = {}): BigQueryAi => {
  const ai = new BigQueryAi({
    warehouse: warehouse(),
    settings: SETTINGS,
    cachePath: join(folder, 'bigquery-ai.sqlite'),
    now: () => 1_760_000_000_000,
    ...overrides,
  });
  opened.push(ai);
  return ai;
};

const configuration = (request: RecordedRequest): Record<string, unknown> =>
  (request.body as { configuration: Record<string, unknown> }).configuration;
export const isDryRun = (request: RecordedRequest): boolean => configuration(request)['dryRun'] === true;
export const queryOf = (request: RecordedRequest): { query: string; queryParameters?: unknown[] } =>
  configuration(request)['query'] as { query: string; queryParameters?: unknown[] };
/** Jobs (not dry runs) in the order they were inserted. */
export const jobs = (): RecordedRequest[] =>
  server.fake.requests.filter((request) => request.route === 'jobs.insert' && !isDryRun(request));
export const dryRuns = (): RecordedRequest[] =>
  server.fake.requests.filter((request) => request.route === 'jobs.insert' && isDryRun(request));
/** `insert` requests (dry runs and jobs) in order, as `dry:` / `job:` plus the first line of their SQL after its comments. */
export const insertLog = (): string[] =>
  server.fake.requests
    .filter((request) => request.route === 'jobs.insert')
    .map((request) => {
      const firstLine = queryOf(request)
        .query.split('\n')
        .find((line) => line.trim() !== '' && !line.trim().startsWith('--'));
      return `${isDryRun(request) ? 'dry' : 'job'}:${firstLine?.trim() ?? ''}`;
    });
/** The named parameters of a job as `{name: value}`. */
export const paramsOf = (request: RecordedRequest): Record<string, string | null> =>
  Object.fromEntries(
    ((queryOf(request).queryParameters ?? []) as { name: string; parameterValue: { value?: string } }[]).map(
      (parameter) => [parameter.name, parameter.parameterValue.value ?? null],
    ),
  );

export const useFakeShop = (): void => {
  beforeAll(async () => {
    server = await startFakeBigQueryServer({
      authorize: (header) => header === `Bearer ${TOKEN}`,
      theLook: false,
      datasets: [
        {
          projectId: SHOP.projectId,
          datasetId: SHOP.datasetId,
          tables: [
            { tableId: 'reviews', sql: REVIEWS },
            { tableId: 'product_images', sql: IMAGES },
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
    folder = mkdtempSync(join(tmpdir(), 'aisle-bq-ai-'));
  });
  afterEach(() => {
    for (const ai of opened.splice(0)) ai.close();
    rmSync(folder, { recursive: true, force: true });
  });
};
