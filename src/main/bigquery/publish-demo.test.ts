import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBigQueryServer, type FakeBigQueryServer } from '../../../test/google-fakes/fake-bigquery';
import { BigQueryWarehouse } from './bigquery-warehouse';
import { publishDemoStore, type PublishDemoOptions, type PublishProgress } from './publish-demo';

let server: FakeBigQueryServer;
let folder: string;
let duckDbPath: string;
const auth = new OAuth2Client();
auth.setCredentials({ access_token: 'test-token' });
const target = { projectId: 'acme-retail', datasetId: 'aisle_demo', location: 'EU' };

const options = (overrides: Partial<PublishDemoOptions> = {}): PublishDemoOptions => ({
  authClient: () => auth,
  apiEndpoint: server.url,
  log: () => undefined,
  retry: { sleep: () => Promise.resolve() },
  duckDbPath,
  target,
  ...overrides,
});

beforeAll(async () => {
  server = await startFakeBigQueryServer({
    authorize: (header) => header === 'Bearer test-token',
    theLook: false,
    projects: [{ id: 'acme-retail' }],
    datasets: [{ projectId: 'acme-retail', datasetId: 'emea_demo', location: 'EU' }],
  });
  folder = await mkdtemp(join(tmpdir(), 'aisle-publish-test-'));
  duckDbPath = join(folder, 'demo.duckdb');
  const instance = await DuckDBInstance.create(duckDbPath);
  const connection = await instance.connect();
  await connection.run(`
    CREATE TABLE products AS SELECT range::BIGINT AS id, 'Dress ' || range AS name, 19.99 + range AS retail_price
      FROM range(1, 51);
    CREATE TABLE orders AS SELECT range::BIGINT AS order_id, TIMESTAMP '2024-01-01 10:00:00' + to_hours(range) AS created_at
      FROM range(1, 201);`);
  connection.closeSync();
  instance.closeSync();
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('publishDemoStore', () => {
  it('creates the dataset, exports each table to Parquet and loads it, reporting progress', async () => {
    const progress: PublishProgress[] = [];
    const { tables: published, ...where } = await publishDemoStore(
      options({ onProgress: (event) => progress.push(event) }),
    );
    expect(where).toEqual({ location: 'EU', locationNote: null });
    expect(published.map(({ name, rows }) => ({ name, rows }))).toEqual([
      { name: 'orders', rows: 200 },
      { name: 'products', rows: 50 },
    ]);
    expect(published.every((table) => table.bytes > 0)).toBe(true);
    expect(progress.map((event) => `${event.table} ${event.stage}`)).toEqual([
      'orders exporting',
      'orders uploading',
      'orders done',
      'products exporting',
      'products uploading',
      'products done',
    ]);
    const created = server.fake.requests.find((request) => request.route === 'datasets.insert');
    expect(created?.body).toMatchObject({ datasetReference: { datasetId: 'aisle_demo' }, location: 'EU' });
    const uploads = server.fake.requests.filter((request) => request.route === 'jobs.upload');
    expect(uploads.map((request) => request.body)).toMatchObject([
      {
        jobReference: { location: 'EU' },
        configuration: { load: { sourceFormat: 'PARQUET', writeDisposition: 'WRITE_TRUNCATE' } },
      },
      {
        configuration: {
          load: { destinationTable: { projectId: 'acme-retail', datasetId: 'aisle_demo', tableId: 'products' } },
        },
      },
    ]);

    const warehouse = new BigQueryWarehouse({
      authClient: () => auth,
      billingProject: 'acme-retail',
      dataset: target,
      apiEndpoint: server.url,
      log: () => undefined,
      pollIntervalMs: 1,
    });
    const tables = await warehouse.listTables();
    expect(tables.map((table) => [table.name, table.rowCount])).toEqual([
      ['orders', 200],
      ['products', 50],
    ]);
    expect(tables[0]?.columns).toEqual([
      { name: 'order_id', type: 'INT64' },
      { name: 'created_at', type: 'TIMESTAMP' },
    ]);
    const result = await warehouse.query('SELECT max(created_at) AS last FROM orders');
    expect(result.rows).toEqual([['2024-01-09 18:00:00']]);
  });

  it('replaces the tables when published again, and publishes only the tables asked for', async () => {
    server.fake.script.reset();
    const { tables: published } = await publishDemoStore(options({ tables: ['products'] }));
    expect(published.map((table) => table.name)).toEqual(['products']);
    expect(server.fake.count('datasets.insert')).toBe(0);
    const [job] = [...server.fake.jobs.values()];
    expect(job).toMatchObject({ state: 'DONE', errorResult: null });
  });

  it('loads into an existing dataset in its own location, and says so when another was asked for', async () => {
    server.fake.script.reset();
    const elsewhere = { projectId: 'acme-retail', datasetId: 'emea_demo', location: 'US' };
    const result = await publishDemoStore(options({ target: elsewhere, tables: ['orders'] }));
    expect(result).toMatchObject({
      tables: [{ name: 'orders', rows: 200 }],
      location: 'EU',
      locationNote:
        'Dataset acme-retail.emea_demo already exists in location EU, so the tables were published there, not in US.',
    });
    expect(server.fake.count('datasets.insert')).toBe(0);
    const [upload] = server.fake.requests.filter((request) => request.route === 'jobs.upload');
    expect(upload?.body).toMatchObject({
      jobReference: { location: 'EU' },
      configuration: { load: { destinationTable: { datasetId: 'emea_demo', tableId: 'orders' } } },
    });
    expect([...server.fake.jobs.values()]).toMatchObject([{ location: 'EU', state: 'DONE', errorResult: null }]);

    // The same location spelt otherwise is no news.
    const again = await publishDemoStore(options({ target: { ...elsewhere, location: 'eu' }, tables: ['orders'] }));
    expect(again).toMatchObject({ location: 'EU', locationNote: null });
  });

  it('refuses a table the demo store does not have', async () => {
    await expect(publishDemoStore(options({ tables: ['reviewz'] }))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'The demo store has no table reviewz.',
    });
  });

  it('stops before the next table when cancelled', async () => {
    const controller = new AbortController();
    await expect(
      publishDemoStore(
        options({
          signal: controller.signal,
          onProgress: (event) => {
            if (event.stage === 'done') controller.abort();
          },
        }),
      ),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});
