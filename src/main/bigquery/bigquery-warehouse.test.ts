import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startFakeBigQueryServer,
  type FakeBigQueryServer,
  type RecordedRequest,
} from '../../../test/google-fakes/fake-bigquery';
import { AisleError } from '../core/aisle-error';
import { errorPosition } from '../query/error-position';
import { estimateQuery, onDemandCostUsd } from '../query/estimate';
import type { QueryProgress, Row } from '../warehouse/warehouse';
import { BigQueryWarehouse, type BigQueryWarehouseOptions } from './bigquery-warehouse';

const TOKEN = 'test-token';
const BILLING = 'aisle-test';
const THELOOK = { projectId: 'bigquery-public-data', datasetId: 'thelook_ecommerce' };
const GB = 1024 ** 3;

let server: FakeBigQueryServer;
let sleeps: number[];
let logs: string[];

const signedIn = (token = TOKEN): OAuth2Client => {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: token });
  return client;
};

const auth = signedIn();

const warehouse = (overrides: Partial<BigQueryWarehouseOptions> = {}): BigQueryWarehouse =>
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
const failure = async (promise: Promise<unknown>): Promise<AisleError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AisleError);
    return error as AisleError;
  }
  throw new Error('expected the call to fail');
};

const body = (request: RecordedRequest): Record<string, unknown> => request.body as Record<string, unknown>;
const configuration = (request: RecordedRequest): Record<string, unknown> =>
  body(request)['configuration'] as Record<string, unknown>;
const isDryRun = (request: RecordedRequest): boolean => configuration(request)['dryRun'] === true;
const jobInserts = (): RecordedRequest[] =>
  server.fake.requests.filter((request) => request.route === 'jobs.insert' && !isDryRun(request));
const dryRuns = (): RecordedRequest[] =>
  server.fake.requests.filter((request) => request.route === 'jobs.insert' && isDryRun(request));
const jobIdOf = (request: RecordedRequest): string => (body(request)['jobReference'] as { jobId: string }).jobId;

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

describe('running a query', () => {
  it('dry-runs, inserts a labelled job in the dataset location, polls with progress and reads every page in order', async () => {
    server.fake.script.onQuery({ match: 'FROM orders', pendingPolls: 2 });
    const progress: QueryProgress[] = [];
    const stream = await warehouse({ pageSize: 100 }).stream('SELECT order_id, status FROM orders ORDER BY order_id', {
      onProgress: (event) => progress.push(event),
      maximumBytesBilled: 5 * GB,
    });
    expect(stream.columns).toEqual([
      { name: 'order_id', type: 'INT64' },
      { name: 'status', type: 'STRING' },
    ]);
    const chunks: Row[][] = [];
    for await (const chunk of stream.chunks()) chunks.push(chunk);

    expect(chunks.map((chunk) => chunk.length)).toEqual([100, 100, 100]);
    expect(chunks.flat().map((row) => row[0])).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));

    // The dry run comes first, then one job with everything the API needs.
    const inserts = server.fake.requests.filter((request) => request.route === 'jobs.insert');
    expect(inserts.map(isDryRun)).toEqual([true, false]);
    const job = configuration(inserts[1]!);
    expect(job['labels']).toEqual({ app: 'aisle' });
    expect(job['query']).toMatchObject({
      query: 'SELECT order_id, status FROM orders ORDER BY order_id',
      useLegacySql: false,
      defaultDataset: THELOOK,
      maximumBytesBilled: String(5 * GB),
    });
    expect(body(inserts[1]!)['jobReference']).toMatchObject({ projectId: BILLING, location: 'US' });
    expect(jobIdOf(inserts[1]!)).toMatch(/^aisle_[0-9a-f_]{36}$/);

    // jobComplete: false twice, each followed by a cheap jobs.get that feeds the progress line.
    const results = server.fake.requests.filter((request) => request.route === 'jobs.getQueryResults');
    expect(results.filter((request) => request.query['pageToken'] === undefined)).toHaveLength(3);
    expect(results.filter((request) => request.query['pageToken'] !== undefined)).toHaveLength(2);
    expect(
      results.every((request) => request.query['location'] === 'US' && request.query['maxResults'] === '100'),
    ).toBe(true);
    expect(progress).toHaveLength(2);
    expect(progress[0]).toMatchObject({ fraction: null, rowsProduced: 0 });
    expect(progress[0]!.detail).toBe('Running · 16.5 KB processed · 3 s of slot time');
    expect(progress[1]!.detail).toMatch(/^Finishing · 16\.5 KB processed · \d+(\.\d)? s of slot time$/);

    const stats = stream.stats?.();
    const orders = (await warehouse().listTables()).find((table) => table.name === 'orders');
    expect(stats).toEqual({
      bytesProcessed: orders?.sizeBytes,
      bytesBilled: 10 * 1024 * 1024,
      cacheHit: false,
      estimateBytes: orders?.sizeBytes,
    });
  });

  it('reports a cache hit for a repeated identical query, billed nothing', async () => {
    const sql = 'SELECT count(*) AS n FROM users';
    const first = await warehouse().stream(sql);
    for await (const chunk of first.chunks()) expect(chunk).toEqual([[200]]);
    const second = await warehouse().stream(sql);
    for await (const chunk of second.chunks()) expect(chunk).toEqual([[200]]);
    expect(first.stats?.()).toMatchObject({ cacheHit: false });
    expect(second.stats?.()).toMatchObject({ cacheHit: true, bytesProcessed: 0, bytesBilled: 0 });
  });

  it('names unnamed columns as BigQuery does and reads tables by full path', async () => {
    const result = await warehouse().query(
      'SELECT status, count(*) FROM `bigquery-public-data.thelook_ecommerce.order_items` GROUP BY status ORDER BY status',
    );
    expect(result.columns).toEqual([
      { name: 'status', type: 'STRING' },
      { name: 'f1_', type: 'INT64' },
    ]);
    expect(result.rows.map((row) => row[0])).toEqual(['Cancelled', 'Complete', 'Processing', 'Returned', 'Shipped']);
  });
});

describe('values', () => {
  it('converts every kind of value to JSON-safe cells, keeping INT64 beyond 2^53 exact', async () => {
    const result = await warehouse().query('SELECT * FROM `aisle-test.types.samples`');
    expect(result.columns).toEqual([
      { name: 'big', type: 'INT64' },
      { name: 'small', type: 'INT64' },
      { name: 'day', type: 'DATE' },
      { name: 'at', type: 'TIMESTAMP' },
      { name: 'item', type: 'STRUCT<sku STRING, qty INT64>' },
      { name: 'tags', type: 'ARRAY<STRING>' },
      { name: 'missing', type: 'STRING' },
      { name: 'price', type: 'NUMERIC' },
      { name: 'ratio', type: 'FLOAT64' },
      { name: 'active', type: 'BOOL' },
      { name: 'raw', type: 'BYTES' },
      { name: 'sizes', type: 'ARRAY<STRUCT<size STRING, stock INT64>>' },
    ]);
    expect(result.rows).toEqual([
      [
        '9007199254740993',
        42,
        '2024-02-29',
        '2024-03-01 12:34:56.123456',
        { sku: 'A1', qty: 3 },
        ['knit', 'wool'],
        null,
        12.5,
        1.5,
        true,
        Buffer.from([0xab, 0xcd]).toString('base64'),
        [{ size: 'M', stock: 4 }],
      ],
    ]);
  });

  it('sends named parameters with types inferred from the values', async () => {
    const result = await warehouse().query(
      'SELECT @n + 1 AS n, @s AS s, @x IS NULL AS x_is_null, @b AS b, @f * 2 AS f',
      {
        params: { n: 41, s: 'dress', x: null, b: true, f: 1.25 },
      },
    );
    expect(result.rows).toEqual([[42, 'dress', true, true, 2.5]]);
    const query = configuration(jobInserts()[0]!)['query'] as Record<string, unknown>;
    expect(query['parameterMode']).toBe('NAMED');
    expect(query['queryParameters']).toEqual([
      { name: 'n', parameterType: { type: 'INT64' }, parameterValue: { value: '41' } },
      { name: 's', parameterType: { type: 'STRING' }, parameterValue: { value: 'dress' } },
      { name: 'x', parameterType: { type: 'STRING' }, parameterValue: {} },
      { name: 'b', parameterType: { type: 'BOOL' }, parameterValue: { value: 'true' } },
      { name: 'f', parameterType: { type: 'FLOAT64' }, parameterValue: { value: '1.25' } },
    ]);
  });
});

describe('estimate', () => {
  it('dry-runs only: bytes, statement type and on-demand cost', async () => {
    const bigQuery = warehouse();
    const estimate = await estimateQuery(bigQuery, 'SELECT * FROM orders');
    const orders = (await bigQuery.listTables()).find((table) => table.name === 'orders');
    expect(estimate).toEqual({
      statementType: 'SELECT',
      readOnly: true,
      estimatedRows: null,
      bytesProcessed: orders?.sizeBytes,
      costUsd: onDemandCostUsd(orders?.sizeBytes ?? 0),
      problem: null,
    });
    expect(estimate.costUsd).toBeGreaterThan(0);
    expect(jobInserts()).toHaveLength(0);
  });

  it('plans parameters without values as NULL, as BigQuery refuses undeclared ones', async () => {
    const estimate = await warehouse().estimate('SELECT * FROM orders WHERE status = @status');
    expect(estimate.statementType).toBe('SELECT');
    expect(dryRuns().map((request) => (configuration(request)['query'] as { query: string }).query)).toEqual([
      'SELECT * FROM orders WHERE status = NULL   ',
    ]);
  });

  it('sends the parameter values it is given, as the run will, and plans only the others as NULL', async () => {
    const bigQuery = warehouse();
    const estimate = await bigQuery.estimate('SELECT * FROM orders WHERE status = @Status AND user_id > @min', {
      status: 'Complete',
    });
    const orders = (await bigQuery.listTables()).find((table) => table.name === 'orders');
    expect(estimate).toMatchObject({ statementType: 'SELECT', bytesProcessed: orders?.sizeBytes });
    const [dry] = dryRuns();
    expect(configuration(dry!)['query']).toMatchObject({
      query: 'SELECT * FROM orders WHERE status = @Status AND user_id > NULL',
      parameterMode: 'NAMED',
      queryParameters: [{ name: 'status', parameterType: { type: 'STRING' }, parameterValue: { value: 'Complete' } }],
    });
    expect(jobInserts()).toHaveLength(0);
  });

  it('reports invalid SQL as invalid_input with BigQuery’s [line:col]', async () => {
    const sql = 'SELECT order_id,\n  pricee\nFROM orders';
    const error = await failure(warehouse().estimate(sql));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Unrecognized name: pricee at [2:3]');
    expect(errorPosition(error.message, sql)).toEqual({ line: 2, column: 3 });
  });

  it('names a missing table and points at the schema panel', async () => {
    const error = await failure(warehouse().estimate('SELECT * FROM orderz'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'Table bigquery-public-data.thelook_ecommerce.orderz was not found. Check its name and dataset; the schema panel lists the tables of bigquery-public-data.thelook_ecommerce.',
    );
  });
});

describe('the cost guard', () => {
  it('refuses before any job when the dry run is over maximumBytesBilled', async () => {
    server.fake.script.onQuery({ match: 'FROM events', totalBytesProcessed: Math.round(12.4 * GB) });
    const error = await failure(warehouse().stream('SELECT * FROM events', { maximumBytesBilled: 10 * GB }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'This query would process 12.4 GB, over your limit of 10 GB by 2.4 GB. Filter on a partition column or select fewer columns, or raise the limit in Settings > Query cost.',
    );
    expect(dryRuns()).toHaveLength(1);
    expect(jobInserts()).toHaveLength(0);
  });

  it('explains BigQuery’s own bytesBilledLimitExceeded (10 MB minimum) and does not retry it', async () => {
    // The dry run (16 KB) is under 1 MB, but BigQuery bills at least 10 MB.
    const error = await failure(warehouse().query('SELECT * FROM orders', { maximumBytesBilled: 1024 * 1024 }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^This query would bill 10 MB, over your limit of 1 MB by 9 MB\. /);
    expect(error.message).toContain('raise the limit in Settings > Query cost');
    expect(jobInserts()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('errors and retries', () => {
  it('explains quotaExceeded and does not retry it', async () => {
    server.fake.script.failRequests({ route: 'jobs.insert', dryRun: false, status: 403, reason: 'quotaExceeded' });
    const error = await failure(warehouse().query('SELECT 1 AS one'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(
      /^BigQuery refused the query because a quota is used up: Quota exceeded: Your project exceeded quota for free query bytes scanned\./,
    );
    expect(error.message).toContain('ask an admin of project aisle-test to raise it');
    expect(jobInserts()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('names the role when running jobs is denied, and does not retry', async () => {
    server.fake.script.failRequests({ route: 'jobs.insert', dryRun: true, status: 403, reason: 'accessDenied' });
    const error = await failure(warehouse().query('SELECT 1 AS one'));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(
      /^You may not run queries in project aisle-test\. Ask an admin of aisle-test for the BigQuery Job User role \(roles\/bigquery\.jobUser\) on project aisle-test/,
    );
    expect(dryRuns()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries 500 backendError with backoff, then succeeds', async () => {
    server.fake.script.failRequests({ route: 'jobs.getQueryResults', times: 2, status: 500, reason: 'backendError' });
    const result = await warehouse().query('SELECT count(*) AS n FROM products');
    expect(result.rows).toEqual([[120]]);
    expect(server.fake.count('jobs.getQueryResults')).toBe(3);
    // Full jitter with random() = 0.5: half of 500 ms, then half of 1,000 ms.
    expect(sleeps).toEqual([250, 500]);
  });

  it('retries an insert whose answer was lost with the same job id, and takes the 409 as "already inserted"', async () => {
    server.fake.script.failRequests({
      route: 'jobs.insert',
      dryRun: false,
      status: 503,
      reason: 'backendError',
      afterHandling: true,
    });
    const result = await warehouse().query('SELECT count(*) AS n FROM orders');
    expect(result.rows).toEqual([[300]]);
    const inserts = jobInserts();
    expect(inserts).toHaveLength(2);
    expect(jobIdOf(inserts[0]!)).toBe(jobIdOf(inserts[1]!));
    expect(server.fake.jobs.size).toBe(1);
  });

  it('runs a job that failed with backendError again as a new job', async () => {
    server.fake.script.onQuery({ match: 'FROM products', times: 1, jobError: { reason: 'backendError' } });
    const result = await warehouse().query('SELECT count(*) AS n FROM products');
    expect(result.rows).toEqual([[120]]);
    const inserts = jobInserts();
    expect(inserts).toHaveLength(2);
    expect(jobIdOf(inserts[0]!)).not.toBe(jobIdOf(inserts[1]!));
  });

  it('does not run a DML statement whose job failed with backendError again: it may have partly applied', async () => {
    server.fake.script.onQuery({ match: 'INSERT INTO', times: 1, jobError: { reason: 'backendError' } });
    const error = await failure(warehouse().query('INSERT INTO `aisle-test.scratch.audit` (n) VALUES (2)'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe(
      "This INSERT statement failed on BigQuery's side (backendError) and may have partly applied, so Aisle did not " +
        'run it again. Check the tables it changes before you run it again. (BigQuery said: Error encountered ' +
        'during execution. Retrying may solve the problem.)',
    );
    expect(jobInserts()).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(logs.some((line) => line.includes('not running it again'))).toBe(true);
  });

  it('does not run a script (CALL) whose job failed with internalError again', async () => {
    server.fake.script.onQuery({ match: 'CALL', times: 1, jobError: { reason: 'internalError' } });
    const error = await failure(warehouse().query('CALL pragma_version()'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(
      /^This script failed on BigQuery's side \(internalError\) and may have partly applied: statements before the failure may already have changed data, so Aisle did not run it again\. Check the tables it changes before you run it again\./,
    );
    expect(jobInserts()).toHaveLength(1);
    expect(server.fake.jobs.size).toBe(1);
  });

  it('gives up on rateLimitExceeded after the retries, saying so', async () => {
    server.fake.script.failRequests({
      route: 'jobs.insert',
      dryRun: true,
      times: 100,
      status: 403,
      reason: 'rateLimitExceeded',
    });
    const error = await failure(warehouse().query('SELECT 1 AS one'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe(
      'BigQuery is limiting how fast project aisle-test may send requests, and still refused after 5 tries. Wait a minute and try again.',
    );
    expect(dryRuns()).toHaveLength(5);
    expect(sleeps).toEqual([250, 500, 1000, 2000]);
  });

  it('runs in the dataset’s real location when the given one is wrong', async () => {
    const result = await warehouse({ location: 'EU' }).query('SELECT count(*) AS n FROM orders');
    expect(result.rows).toEqual([[300]]);
    expect(dryRuns().map((request) => (body(request)['jobReference'] as { location: string }).location)).toEqual([
      'EU',
      'US',
    ]);
    expect(server.fake.count('datasets.get')).toBe(1);
    expect(logs.some((line) => line.includes('lives in US, not EU'))).toBe(true);
  });

  it('runs a query of a dataset elsewhere in its location, once', async () => {
    const bigQuery = warehouse();
    const result = await bigQuery.query('SELECT category FROM `aisle-test.eu_sales.targets`');
    expect(result.rows).toEqual([['Dresses']]);
    await bigQuery.query('SELECT 1 AS one FROM orders LIMIT 1');
    const locations = jobInserts().map((request) => (body(request)['jobReference'] as { location: string }).location);
    expect(locations).toEqual(['EU', 'US']);
  });

  it('explains that a query cannot read datasets from two locations', async () => {
    const error = await failure(warehouse().query('SELECT * FROM orders CROSS JOIN `aisle-test.eu_sales.targets`'));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(
      /^Dataset bigquery-public-data\.thelook_ecommerce is not in location EU, where this query ran\. .*cannot run\. Copy the tables into one location\.$/,
    );
  });

  it('says plainly that a dataset does not exist', async () => {
    const error = await failure(warehouse().query('SELECT 1 FROM `aisle-test.nowhere.t`'));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe(
      'Dataset aisle-test.nowhere was not found, or your account cannot see it. Check the project and dataset names.',
    );
  });

  it('tells onAuthFailure about a 401 and asks to sign in again', async () => {
    const told: unknown[] = [];
    const expired = signedIn('expired-token');
    const error = await failure(
      warehouse({
        authClient: () => expired,
        onAuthFailure: (cause) => {
          told.push(cause);
          return true;
        },
      }).query('SELECT 1 AS one'),
    );
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/^Sign in to Google again/);
    expect(told).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('treats a 401 as unauthorized even when onAuthFailure thinks the sign-in is alive', async () => {
    const error = await failure(
      warehouse({ authClient: () => signedIn('expired-token'), onAuthFailure: () => false }).estimate('SELECT 1'),
    );
    expect(error.code).toBe('unauthorized');
  });

  it('passes the signed-out error of authClient through', async () => {
    const error = await failure(
      warehouse({
        authClient: () => {
          throw new AisleError('unauthorized', 'Sign in to Google to use BigQuery.');
        },
      }).query('SELECT 1 AS one'),
    );
    expect(error.message).toBe('Sign in to Google to use BigQuery.');
  });

  it('says BigQuery cannot be reached when the connection is refused, without retrying', async () => {
    const error = await failure(
      warehouse({ apiEndpoint: 'http://127.0.0.1:1', location: 'US' }).query('SELECT 1 AS one'),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe('Aisle cannot reach BigQuery; check your connection. Cached results stay available.');
    expect(sleeps).toEqual([]);
  });

  it('never writes the access token into messages or logs', async () => {
    server.fake.script.failRequests({ route: 'jobs.getQueryResults', status: 500, reason: 'backendError' });
    server.fake.script.failRequests({ route: 'jobs.insert', dryRun: false, status: 403, reason: 'accessDenied' });
    const error = await failure(warehouse().query('SELECT 2 AS two'));
    expect(JSON.stringify({ message: error.message, cause: String(error.cause), logs })).not.toContain(TOKEN);
  });
});

describe('cancelling', () => {
  it('cancels a running job and waits until BigQuery says it is done', async () => {
    server.fake.script.onQuery({ match: 'FROM inventory_items', runUntilCancelled: true, cancelPolls: 2 });
    const controller = new AbortController();
    const error = await failure(
      warehouse().stream('SELECT * FROM inventory_items', {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe('The query was cancelled.');
    expect(server.fake.count('jobs.cancel')).toBe(1);
    const [job] = [...server.fake.jobs.values()];
    expect(job).toMatchObject({ state: 'DONE', errorResult: { reason: 'stopped' } });
    // After the cancel: jobs.get until DONE (two RUNNING answers, then DONE).
    const cancelAt = server.fake.requests.findIndex((request) => request.route === 'jobs.cancel');
    const after = server.fake.requests.slice(cancelAt + 1).map((request) => request.route);
    expect(after).toEqual(['jobs.get', 'jobs.get', 'jobs.get']);
  });

  it('starts no job when cancelled during the dry run', async () => {
    const controller = new AbortController();
    const running = warehouse().stream('SELECT * FROM users', { signal: controller.signal });
    controller.abort();
    const error = await failure(running);
    expect(error.code).toBe('cancelled');
    expect(jobInserts()).toHaveLength(0);
  });

  it('leaves nothing running when the reader stops after the first page', async () => {
    const stream = await warehouse({ pageSize: 50 }).stream('SELECT * FROM events');
    for await (const chunk of stream.chunks()) {
      expect(chunk).toHaveLength(50);
      break;
    }
    expect([...server.fake.jobs.values()].map((job) => job.state)).toEqual(['DONE']);
    expect(server.fake.count('jobs.getQueryResults', (request) => request.query['pageToken'] !== undefined)).toBe(0);
    expect(server.fake.count('jobs.cancel')).toBe(0);
  });

  it('stops paging with cancelled when the signal aborts between pages', async () => {
    const controller = new AbortController();
    const stream = await warehouse({ pageSize: 100 }).stream('SELECT * FROM users', { signal: controller.signal });
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const chunk of stream.chunks()) {
          seen.push(chunk.length);
          controller.abort();
        }
      })(),
    );
    expect(error.code).toBe('cancelled');
    expect(seen).toEqual([100]);
  });
});

describe('jobs left running', () => {
  /** A run of a job that runs until cancelled; `running` resolves once BigQuery reports it running. */
  const runForever = (
    bigQuery: BigQueryWarehouse,
    onRunning: () => void = () => undefined,
  ): { run: Promise<AisleError>; running: Promise<void> } => {
    server.fake.script.onQuery({ match: 'FROM inventory_items', runUntilCancelled: true });
    let reported!: () => void;
    const running = new Promise<void>((resolve) => {
      reported = resolve;
    });
    let told = false;
    const run = failure(
      bigQuery.stream('SELECT * FROM inventory_items', {
        onProgress: () => {
          if (told) return;
          told = true;
          onRunning();
          reported();
        },
      }),
    );
    return { run, running };
  };
  const onlyJob = () => {
    expect(server.fake.jobs.size).toBe(1);
    return [...server.fake.jobs.values()][0]!;
  };

  it('close() cancels a running job and resolves once BigQuery says it stopped; the run ends cancelled', async () => {
    const bigQuery = warehouse();
    const { run, running } = runForever(bigQuery);
    await running;
    await bigQuery.close();
    expect(server.fake.count('jobs.cancel')).toBe(1);
    expect(onlyJob()).toMatchObject({ state: 'DONE', errorResult: { reason: 'stopped' } });
    expect((await run).code).toBe('cancelled');
    // A closed warehouse starts no more jobs.
    expect((await failure(bigQuery.query('SELECT 1 AS one'))).code).toBe('cancelled');
    expect(jobInserts()).toHaveLength(1);
  });

  it('close() with nothing running resolves at once', async () => {
    await warehouse().close();
    expect(server.fake.requests).toEqual([]);
  });

  it('close() after a sign-out cancels with the credentials that started the job', async () => {
    let signedOut = false;
    const bigQuery = warehouse({
      authClient: () => {
        if (signedOut) throw new AisleError('unauthorized', 'Sign in to Google to use BigQuery.');
        return auth;
      },
    });
    const closing: { done?: Promise<void> } = {};
    const { run } = runForever(bigQuery, () => {
      signedOut = true;
      closing.done = bigQuery.close();
    });
    await run;
    await closing.done;
    const cancels = server.fake.requests.filter((request) => request.route === 'jobs.cancel');
    expect(cancels.map((request) => request.authorized)).toEqual([true]);
    expect(onlyJob()).toMatchObject({ state: 'DONE', errorResult: { reason: 'stopped' } });
  });

  it('close() cancels with the current credentials when those that started the job were revoked', async () => {
    const first = signedIn();
    let current = first;
    const bigQuery = warehouse({ authClient: () => current });
    const closing: { done?: Promise<void> } = {};
    const { run } = runForever(bigQuery, () => {
      first.setCredentials({ access_token: 'revoked-token' });
      current = signedIn();
      closing.done = bigQuery.close();
    });
    await run;
    await closing.done;
    const cancels = server.fake.requests.filter((request) => request.route === 'jobs.cancel');
    expect(cancels.map((request) => request.authorized)).toEqual([false, true]);
    expect(onlyJob()).toMatchObject({ state: 'DONE', errorResult: { reason: 'stopped' } });
  });

  it('cancels the job when the sign-in is revoked while it runs', async () => {
    let current = auth;
    const bigQuery = warehouse({ authClient: () => current, onAuthFailure: () => true });
    const { run } = runForever(bigQuery, () => {
      current = signedIn('revoked-token');
    });
    const error = await run;
    expect(error.code).toBe('unauthorized');
    expect(server.fake.count('jobs.cancel')).toBe(1);
    expect(onlyJob().cancelRequested).toBe(true);
  });

  it('cancels the job when its results cannot be read (BigQuery unavailable after the retries)', async () => {
    server.fake.script.failRequests({ route: 'jobs.getQueryResults', times: 100, status: 503, reason: 'backendError' });
    const { run } = runForever(warehouse());
    const error = await run;
    expect(error.code).toBe('unavailable');
    expect(server.fake.count('jobs.getQueryResults')).toBe(5);
    expect(server.fake.count('jobs.cancel')).toBe(1);
    expect(onlyJob().cancelRequested).toBe(true);
  });

  it('cancels a job whose insert may have started it though every answer was lost', async () => {
    server.fake.script.failRequests({
      route: 'jobs.insert',
      dryRun: false,
      times: 100,
      status: 503,
      reason: 'backendError',
      afterHandling: true,
    });
    const { run } = runForever(warehouse());
    const error = await run;
    expect(error.code).toBe('unavailable');
    expect(jobInserts()).toHaveLength(5);
    expect(server.fake.count('jobs.cancel')).toBe(1);
    expect(onlyJob().cancelRequested).toBe(true);
  });

  it('cancels nothing when BigQuery refused the insert', async () => {
    server.fake.script.failRequests({ route: 'jobs.insert', dryRun: false, status: 403, reason: 'quotaExceeded' });
    const { run } = runForever(warehouse());
    expect((await run).code).toBe('unavailable');
    expect(server.fake.count('jobs.cancel')).toBe(0);
  });
});

describe('listTables', () => {
  it('lists the dataset’s tables with BigQuery types, row counts and sizes', async () => {
    const tables = await warehouse().listTables();
    expect(tables.map((table) => table.name)).toEqual([
      'distribution_centers',
      'events',
      'inventory_items',
      'order_items',
      'orders',
      'products',
      'users',
    ]);
    const orders = tables.find((table) => table.name === 'orders');
    expect(orders).toMatchObject({ schema: 'thelook_ecommerce', rowCount: 300 });
    expect(orders?.sizeBytes).toBeGreaterThan(0);
    expect(orders?.columns).toEqual([
      { name: 'order_id', type: 'INT64' },
      { name: 'user_id', type: 'INT64' },
      { name: 'status', type: 'STRING' },
      { name: 'gender', type: 'STRING' },
      { name: 'created_at', type: 'TIMESTAMP' },
      { name: 'returned_at', type: 'TIMESTAMP' },
      { name: 'shipped_at', type: 'TIMESTAMP' },
      { name: 'delivered_at', type: 'TIMESTAMP' },
      { name: 'num_of_item', type: 'INT64' },
    ]);
  });
});
