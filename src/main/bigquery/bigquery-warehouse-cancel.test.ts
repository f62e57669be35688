import { describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import type { BigQueryWarehouse } from './bigquery-warehouse';
import { auth, failure, jobInserts, server, signedIn, useFakeBigQuery, warehouse } from './bigquery-warehouse.fixture';

useFakeBigQuery();

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
