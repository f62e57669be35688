import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BigQuery } from '@google-cloud/bigquery';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisPlanInput } from '../../src/shared/contract/analysis-plan';
import { compilePlan, thelookModel } from '../../src/main/semantic';
import { createFakeBigQuery, startFakeBigQueryServer, type FakeBigQueryServer } from './fake-bigquery';
import { translateSql } from './fake-bigquery-sql';

let server: FakeBigQueryServer;
let client: BigQuery;

const clientFor = (url: string, token = 'test-token'): BigQuery => {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: token });
  return new BigQuery({
    projectId: 'aisle-test',
    apiEndpoint: url,
    authClient: auth,
    retryOptions: { autoRetry: false },
  });
};

/** The HTTP error the client threw, as `{code, reason, message}`. */
const apiFailure = async (promise: Promise<unknown>): Promise<{ code: unknown; reason: unknown; message: string }> => {
  try {
    await promise;
  } catch (error) {
    const fields = error as { code?: unknown; errors?: { reason?: unknown; message?: string }[] };
    return { code: fields.code, reason: fields.errors?.[0]?.reason, message: fields.errors?.[0]?.message ?? '' };
  }
  throw new Error('expected the call to fail');
};

/** The resource of a `getMetadata()` call (the client types it as any). */
const resourceOf = async (call: Promise<unknown[]>): Promise<Record<string, unknown>> => {
  const [resource] = await call;
  return resource as Record<string, unknown>;
};

beforeAll(async () => {
  server = await startFakeBigQueryServer({ authorize: (header) => header === 'Bearer test-token' });
  client = clientFor(server.url);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => server.fake.script.reset());

describe('translating GoogleSQL to DuckDB', () => {
  it('turns backtick paths, parameters and double-quoted strings into DuckDB’s', () => {
    expect(translateSql('SELECT "a\\"b", \'it\\\'s\' FROM `p.d.t` JOIN `p`.`d`.`u` ON x = @name').sql).toBe(
      `SELECT 'a"b', 'it''s' FROM "p"."d"."t" JOIN "p"."d"."u" ON x = $name`,
    );
  });

  it('rewrites the date functions whose arguments differ, leaving comments and raw strings alone', () => {
    expect(
      translateSql(
        "SELECT DATE_TRUNC(DATE(created_at), WEEK(MONDAY)), DATE_ADD(d, INTERVAL 1 YEAR), SAFE_CAST(x AS FLOAT64), r'\\d' -- DATE_ADD(\n",
      ).sql,
    ).toBe(
      "SELECT CAST(date_trunc('week', DATE(created_at)) AS DATE), CAST((d) + INTERVAL 1 YEAR AS DATE), TRY_CAST(x AS DOUBLE), '\\d' -- DATE_ADD(\n",
    );
  });

  it('maps offsets in the translation back to the original text', () => {
    const original = 'SELECT `p.d.t`.x,\n  @n';
    const translation = translateSql(original);
    expect(translation.sql).toBe('SELECT "p"."d"."t".x,\n  $n');
    const at = translation.sql.indexOf('.x');
    expect(translation.originOf(at)).toBe(original.indexOf('.x'));
  });
});

describe('the real client against the fake', () => {
  it('runs bigquery.query() (jobs.query) over the seeded theLook tables', async () => {
    const [rows] = await client.query({
      query:
        'SELECT department, count(*) AS n FROM `bigquery-public-data.thelook_ecommerce.products` GROUP BY department ORDER BY department',
    });
    expect(rows).toEqual([
      { department: 'Men', n: 60 },
      { department: 'Women', n: 60 },
    ]);
    expect(server.fake.count('jobs.query')).toBe(1);
  });

  it('pages getQueryResults with maxResults and pageToken', async () => {
    const [job] = await client.createQueryJob({
      query: 'SELECT id FROM `bigquery-public-data.thelook_ecommerce.users` ORDER BY id',
      location: 'US',
    });
    const ids: number[] = [];
    let pageToken: string | undefined;
    do {
      const page = pageToken === undefined ? {} : { pageToken };
      const [rows, , response] = await job.getQueryResults({ autoPaginate: false, maxResults: 80, ...page });
      ids.push(...(rows as { id: number }[]).map((row) => row.id));
      pageToken = response?.pageToken ?? undefined;
      if (pageToken) expect(response?.totalRows).toBe('200');
    } while (pageToken);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    expect(server.fake.count('jobs.getQueryResults', (request) => request.query['pageToken'] !== undefined)).toBe(2);
  });

  it('writes TIMESTAMP values as float seconds unless useInt64Timestamp is asked for', async () => {
    const [job] = await client.createQueryJob({ query: "SELECT TIMESTAMP '2024-01-02 03:04:05.5' AS at" });
    const [asFloat] = await job.getQueryResults({ skipParsing: true, 'formatOptions.useInt64Timestamp': false });
    const [asInt] = await job.getQueryResults({ skipParsing: true });
    expect(asFloat).toEqual([{ f: [{ v: '1.7041646455E9' }] }]);
    expect(asInt).toEqual([{ f: [{ v: '1704164645500000' }] }]);
  });

  it('lists datasets and tables and describes a table', async () => {
    const dataset = client.dataset('thelook_ecommerce', { projectId: 'bigquery-public-data' });
    const metadata = await resourceOf(dataset.getMetadata());
    expect(metadata).toMatchObject({ location: 'US' });
    const [tables] = await dataset.getTables();
    expect(tables.map((table) => table.id)).toEqual([
      'distribution_centers',
      'events',
      'inventory_items',
      'order_items',
      'orders',
      'products',
      'users',
    ]);
    const table = await resourceOf(dataset.table('order_items').getMetadata());
    expect(table).toMatchObject({ numRows: '600', type: 'TABLE' });
    expect(
      (table as { schema: { fields: { name: string; type: string }[] } }).schema.fields.map(
        (f) => `${f.name} ${f.type}`,
      ),
    ).toEqual([
      'id INTEGER',
      'order_id INTEGER',
      'user_id INTEGER',
      'product_id INTEGER',
      'inventory_item_id INTEGER',
      'status STRING',
      'created_at TIMESTAMP',
      'shipped_at TIMESTAMP',
      'delivered_at TIMESTAMP',
      'returned_at TIMESTAMP',
      'sale_price FLOAT',
    ]);
  });

  it('answers a dry run with the bytes of the tables read and the statement type, and runs nothing', async () => {
    const [, response] = await client.createQueryJob({
      query:
        'SELECT o.status FROM `bigquery-public-data.thelook_ecommerce.orders` o JOIN `bigquery-public-data.thelook_ecommerce.users` u ON u.id = o.user_id',
      dryRun: true,
    });
    const stats = (response as { statistics: { totalBytesProcessed: string; query: { statementType: string } } })
      .statistics;
    const thelook = client.dataset('thelook_ecommerce', { projectId: 'bigquery-public-data' });
    const orders = await resourceOf(thelook.table('orders').getMetadata());
    const users = await resourceOf(thelook.table('users').getMetadata());
    expect(Number(stats.totalBytesProcessed)).toBe(
      Number((orders as { numBytes: string }).numBytes) + Number((users as { numBytes: string }).numBytes),
    );
    expect(stats.query.statementType).toBe('SELECT');
    expect(server.fake.jobs.size).toBe(0);
  });
});

describe('the SQL Aisle writes for theLook', () => {
  const plans: Record<string, AnalysisPlanInput> = {
    'revenue by category': { intent: 'breakdown', measures: ['revenue'], dimensions: [{ id: 'category' }] },
    'weekly revenue and AOV': {
      intent: 'trend',
      measures: ['revenue', 'aov'],
      dimensions: [{ id: 'date', grain: 'week' }],
      timeRange: { start: '2023-01-01', end: '2023-04-01' },
    },
    'monthly revenue against last year': {
      intent: 'trend',
      measures: ['revenue'],
      dimensions: [{ id: 'date', grain: 'month' }],
      comparison: 'same_period_last_year',
      timeRange: { start: '2023-01-01', end: '2023-04-01' },
    },
  };

  for (const [name, plan] of Object.entries(plans)) {
    it(`runs: ${name}`, async () => {
      const { sql } = compilePlan(plan, thelookModel, 'bigquery');
      const [rows] = await client.query({ query: sql });
      expect((rows as unknown[]).length).toBeGreaterThan(0);
    });
  }
});

describe('errors as Google writes them', () => {
  it('answers a wrong token with 401 and Google’s body', async () => {
    const failure = await apiFailure(clientFor(server.url, 'wrong').query('SELECT 1'));
    expect(failure).toMatchObject({ code: 401, reason: 'authError', message: 'Invalid Credentials' });
    expect(server.fake.requests.at(-1)?.authorized).toBe(false);
  });

  it('reports a syntax error as invalidQuery with the place in the original text', async () => {
    const line2 = 'FROM `bigquery-public-data.thelook_ecommerce.orders` WHERE AND status';
    const failure = await apiFailure(client.query(`SELECT order_id\n${line2}`));
    expect(failure).toMatchObject({
      code: 400,
      reason: 'invalidQuery',
      message: `Syntax error: syntax error at or near "AND" at [2:${line2.indexOf('AND') + 1}]`,
    });
  });

  it('reports a dataset outside the job’s location as notFound', async () => {
    const failure = await apiFailure(
      client.createQueryJob({ query: 'SELECT * FROM `bigquery-public-data.thelook_ecommerce.orders`', location: 'EU' }),
    );
    expect(failure).toMatchObject({
      code: 404,
      reason: 'notFound',
      message: 'Not found: Dataset bigquery-public-data:thelook_ecommerce was not found in location EU',
    });
  });

  it('fails the next calls of a route as scripted, then behaves', async () => {
    server.fake.script.failRequests({ route: 'datasets.get', times: 2, status: 500, reason: 'backendError' });
    const dataset = client.dataset('thelook_ecommerce', { projectId: 'bigquery-public-data' });
    expect((await apiFailure(dataset.getMetadata())).code).toBe(500);
    expect((await apiFailure(dataset.getMetadata())).reason).toBe('backendError');
    await expect(dataset.getMetadata()).resolves.toBeDefined();
  });
});

describe('scripted jobs', () => {
  it('keeps a job incomplete for the asked number of polls', async () => {
    server.fake.script.onQuery({ match: /count\(\*\)/, pendingPolls: 2 });
    const [job] = await client.createQueryJob({
      query: 'SELECT count(*) AS n FROM `bigquery-public-data.thelook_ecommerce.events`',
    });
    const complete: unknown[] = [];
    for (let poll = 0; poll < 3; poll += 1) {
      const [, , response] = await job.getQueryResults({ autoPaginate: false, skipParsing: true });
      complete.push(response?.jobComplete);
    }
    expect(complete).toEqual([false, false, true]);
  });

  it('runs a job until it is cancelled, then ends it as stopped', async () => {
    server.fake.script.onQuery({ match: 'events', runUntilCancelled: true, cancelPolls: 1 });
    const [job] = await client.createQueryJob({
      query: 'SELECT * FROM `bigquery-public-data.thelook_ecommerce.events`',
    });
    expect(await resourceOf(job.getMetadata())).toMatchObject({ status: { state: 'RUNNING' } });
    await job.cancel();
    expect(await resourceOf(job.getMetadata())).toMatchObject({ status: { state: 'RUNNING' } });
    expect(await resourceOf(job.getMetadata())).toMatchObject({
      status: { state: 'DONE', errorResult: { reason: 'stopped' } },
    });
    const failure = await apiFailure(job.getQueryResults());
    expect(failure).toMatchObject({ code: 400, reason: 'stopped' });
  });

  it('records labels, location and maximumBytesBilled, and fails a job over the limit (10 MB minimum)', async () => {
    // The job ends at once, and the client turns the insert answer's status.errors into an error.
    const failure = await apiFailure(
      client.createQueryJob({
        query: 'SELECT * FROM `bigquery-public-data.thelook_ecommerce.orders`',
        labels: { app: 'aisle' },
        location: 'US',
        maximumBytesBilled: '1000',
      }),
    );
    expect(failure).toMatchObject({
      reason: 'bytesBilledLimitExceeded',
      message: 'Query exceeded limit for bytes billed: 1000. 10485760 or higher required.',
    });
    const insert = server.fake.requests.find((request) => request.route === 'jobs.insert');
    expect(insert?.body).toMatchObject({
      jobReference: { location: 'US' },
      configuration: { labels: { app: 'aisle' }, query: { maximumBytesBilled: '1000' } },
    });
    expect([...server.fake.jobs.values()][0]).toMatchObject({ state: 'DONE', bytesBilled: 10 * 1024 * 1024 });
  });

  it('answers 409 for a job id used twice', async () => {
    await client.createQueryJob({ query: 'SELECT 1 AS one', jobId: 'fixed_id' });
    const failure = await apiFailure(client.createQueryJob({ query: 'SELECT 1 AS one', jobId: 'fixed_id' }));
    expect(failure).toMatchObject({ code: 409, reason: 'duplicate' });
  });
});

describe('composing', () => {
  it('leaves other routes to the next handler, so fakes can share one server', async () => {
    const fake = await createFakeBigQuery({ theLook: false, datasets: [{ projectId: 'p1', datasetId: 'd1' }] });
    const shared = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      void fake.handle(req, res, url).then((handled) => {
        if (handled) return;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'from-the-oauth-fake' }));
      });
    });
    await new Promise<void>((resolve) => shared.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(shared.address() as AddressInfo).port}`;
    try {
      const other = await fetch(`${url}/token`, { method: 'POST' });
      expect(await other.json()).toEqual({ access_token: 'from-the-oauth-fake' });
      const [datasets] = await clientFor(url).getDatasets({ projectId: 'p1' });
      expect(datasets.map((dataset) => dataset.id)).toEqual(['d1']);
      expect(fake.requests.map((request) => request.route)).toEqual(['datasets.list']);
    } finally {
      shared.closeAllConnections();
      await new Promise<void>((resolve) => shared.close(() => resolve()));
      fake.close();
    }
  });
});

describe('BigQuery AI functions (fake-bigquery-ai.ts)', () => {
  const rows = async (sql: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> => {
    const [result] = await client.query({ query: sql, ...(params ? { params } : {}) });
    return result as Record<string, unknown>[];
  };

  it('answers AI.GENERATE_DOUBLE on the scale the prompt asks for, from the data parts only', async () => {
    const sql = `SELECT AI.GENERATE_DOUBLE(('Rate from 1 to 5: ', t), connection_id => 'p.us.c', endpoint => 'gemini-2.5-flash').result AS score
      FROM UNNEST(['I love it, perfect', 'Cheap and thin, returned it', 'It is a shirt']) AS t ORDER BY t`;
    expect((await rows(sql)).map((row) => row['score'])).toEqual([1, 5, 3]);
  });

  it('answers AI.GENERATE with output_schema as a struct with those fields', async () => {
    const [row] = await rows(
      `SELECT AI.GENERATE(('Describe: ', @uri), output_schema => 'garment STRING, colour STRING, pattern STRING, happy BOOL') AS a`,
      { uri: 'gs://b/dress/navy-striped.png' },
    );
    expect(row?.['a']).toMatchObject({
      garment: 'dress',
      colour: 'navy',
      pattern: 'striped',
      happy: false,
      status: '',
    });
  });

  it('signs OBJ.GET_ACCESS_URL read URLs this server serves', async () => {
    const [row] = await rows(
      `SELECT JSON_VALUE(OBJ.GET_ACCESS_URL(OBJ.MAKE_REF('gs://b/x.png', 'p.us.c'), 'r'), '$.access_urls.read_url') AS url`,
    );
    const url = String(row?.['url']);
    expect(url).toMatch(new RegExp(`^${server.url}/signed/b/x\\.png\\?.*X-Goog-Signature=[0-9a-f]{32}$`));
    const response = await fetch(url);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(server.fake.ai.objectFetches).toEqual(['b/x.png']);
  });

  it('says a remote model that was never created is not found', async () => {
    const failure = await apiFailure(
      rows(
        'SELECT * FROM AI.GENERATE_EMBEDDING(MODEL `bigquery-public-data.thelook_ecommerce.nope`, (SELECT 1 AS content))',
      ),
    );
    expect(failure).toMatchObject({ code: 404, reason: 'notFound' });
  });
});
