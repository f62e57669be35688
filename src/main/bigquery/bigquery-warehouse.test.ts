import { describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { errorPosition } from '../query/error-position';
import { estimateQuery, onDemandCostUsd } from '../query/estimate';
import type { QueryProgress, Row } from '../warehouse/warehouse';
import {
  BILLING,
  GB,
  THELOOK,
  body,
  configuration,
  dryRuns,
  failure,
  isDryRun,
  jobIdOf,
  jobInserts,
  logs,
  server,
  signedIn,
  sleeps,
  TOKEN,
  useFakeBigQuery,
  warehouse,
} from './bigquery-warehouse.fixture';

useFakeBigQuery();

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
