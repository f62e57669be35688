import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';
import {
  FAKE_ACCOUNT,
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  FAKE_PROJECT,
  startFakeGoogle,
  type FakeGoogle,
} from '../test/google-fakes/fake-google-server';
import { CLI, ROOT, googleEnv, tempDataDir } from './aisle-process';

type Env = Record<string, string>;

/** This machine's environment without its own Aisle or Google settings, plus the test's. */
const cleanEnv = (env: Env): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('AISLE_') && !key.startsWith('GOOGLE_')),
  ),
  ...env,
});

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one `aisle` command to its end. Asynchronous on purpose: the Google fake answers from this
 * same process, so a blocking spawnSync would leave the command waiting for a server that cannot reply.
 */
const run = async (args: string[], env: Env): Promise<RunResult> => {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: cleanEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill(), 20_000);
  const status = await new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  clearTimeout(timer);
  return { status, stdout, stderr };
};

interface LoginResult {
  status: number | null;
  stdout: string;
  stderr: string;
  consentUrl: string;
  /** The page the "browser" ended on after following Google's redirect to the CLI. */
  landing: { status: number; text: string };
}

/** `aisle login --no-browser`, with the test as the person who opens the printed link. */
const login = async (env: Env, extraArgs: string[] = []): Promise<LoginResult> => {
  const child = spawn(process.execPath, [CLI, 'login', '--no-browser', ...extraArgs], {
    cwd: ROOT,
    env: cleanEnv(env),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  try {
    const consentUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`aisle login printed no link.\n${stderr}`)), 15_000);
      let previous = '';
      createInterface({ input: child.stderr }).on('line', (line) => {
        if (previous === 'Open this link to sign in:') {
          clearTimeout(timer);
          resolve(line);
        }
        previous = line;
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`aisle login exited with ${code} before printing a link.\n${stderr}`));
      });
    });
    // The browser: Google's consent page answers with a redirect to the CLI's loopback listener.
    const response = await fetch(consentUrl);
    const landing = { status: response.status, text: await response.text() };
    const status = await exited;
    return { status, stdout, stderr, consentUrl, landing };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
};

const THELOOK_ORDERS_BY_STATUS =
  'SELECT status, COUNT(*) AS orders FROM `bigquery-public-data.thelook_ecommerce.orders` GROUP BY status ORDER BY status';

interface SqlJson {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  rowCount: number;
  elapsedMs: number;
  bytesProcessed: number | null;
  bytesBilled: number | null;
  cacheHit: boolean | null;
}

test.describe('aisle login, whoami, logout and BigQuery from the command line', () => {
  let google: FakeGoogle;
  let env: Env;
  let dataDir: string;

  test.beforeEach(async () => {
    google = await startFakeGoogle();
    dataDir = tempDataDir();
    env = {
      ...googleEnv(google.url),
      AISLE_DATA_DIR: dataDir,
      AISLE_DEMO_SCALE: '0.01',
      AISLE_OAUTH_CLIENT_ID: FAKE_CLIENT_ID,
      AISLE_OAUTH_CLIENT_SECRET: FAKE_CLIENT_SECRET,
    };
  });

  test.afterEach(async () => {
    await google.close();
  });

  const issuedTokens = (): string[] => [
    ...google.oauth.state.accessTokensIssued,
    ...google.oauth.state.refreshTokensIssued,
  ];

  test('login --no-browser prints the link, signs in when it is opened, and keeps only a private refresh token', async () => {
    const result = await login(env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Open this link to sign in:\n${result.consentUrl}\n`);
    expect(new URL(result.consentUrl).origin).toBe(google.url);
    expect(result.landing.status).toBe(200);
    expect(result.landing.text).toMatch(/signed in/i);
    expect(result.stdout).toContain(FAKE_ACCOUNT);

    // The fake checked PKCE and the secret from the environment before it issued tokens.
    expect(google.oauth.state.lastTokenRequest).toMatchObject({
      grant_type: 'authorization_code',
      client_id: FAKE_CLIENT_ID,
      client_secret: FAKE_CLIENT_SECRET,
      code_verifier: expect.stringMatching(/^[\w.~-]{43,128}$/),
    });
    expect(google.oauth.state.accessTokensIssued.length).toBeGreaterThan(0);
    expect(google.oauth.state.refreshTokensIssued.length).toBeGreaterThan(0);

    const file = join(dataDir, 'google-credentials.json');
    expect(existsSync(file)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = readFileSync(file, 'utf8');
    // What the docs say is kept: the email and the refresh token; never an access token.
    expect(saved).toContain(FAKE_ACCOUNT);
    expect(saved).toContain(google.oauth.state.refreshTokensIssued.at(-1));
    for (const token of google.oauth.state.accessTokensIssued) expect(saved).not.toContain(token);
    for (const token of issuedTokens()) {
      expect(result.stdout).not.toContain(token);
      expect(result.stderr).not.toContain(token);
    }
  });

  test('whoami shows the signed-in account and the billing project from GOOGLE_CLOUD_PROJECT', async () => {
    expect((await login(env)).status).toBe(0);

    const plain = await run(['whoami'], env);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(FAKE_ACCOUNT);
    expect(plain.stdout).toContain('signed in with a browser');
    expect(plain.stdout).toContain('Billing project: none (choose one with `aisle login --project ID`');

    const json = await run(['whoami', '--json'], env);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ state: 'signed-in', account: FAKE_ACCOUNT, method: 'browser' });

    const withProject = await run(['whoami'], { ...env, GOOGLE_CLOUD_PROJECT: FAKE_PROJECT });
    expect(withProject.status, withProject.stderr).toBe(0);
    expect(withProject.stdout).toContain(`Billing project: ${FAKE_PROJECT}`);
    const withProjectJson = await run(['whoami', '--json'], { ...env, GOOGLE_CLOUD_PROJECT: FAKE_PROJECT });
    expect(JSON.parse(withProjectJson.stdout)).toMatchObject({ state: 'signed-in', billingProject: FAKE_PROJECT });

    // `aisle login --project` keeps the choice, like the picker in Settings.
    expect((await login(env, ['--project', FAKE_PROJECT])).status).toBe(0);
    expect((await run(['whoami'], env)).stdout).toContain(`Billing project: ${FAKE_PROJECT}`);

    for (const token of issuedTokens()) {
      expect(plain.stdout + json.stdout + withProject.stdout + withProjectJson.stdout).not.toContain(token);
    }
  });

  test('sources thelook lists theLook’s tables with their row counts', async () => {
    expect((await login(env)).status).toBe(0);
    const result = await run(['sources', 'thelook'], { ...env, GOOGLE_CLOUD_PROJECT: FAKE_PROJECT });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^thelook {2}.*\(bigquery, USD\)$/m);
    for (const table of ['orders', 'order_items', 'products', 'users', 'events', 'inventory_items']) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}${table} +[\\d,]+ rows$`, 'm'));
    }

    const json = await run(['sources', 'thelook', '--json'], { ...env, GOOGLE_CLOUD_PROJECT: FAKE_PROJECT });
    expect(json.status, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as {
      sources: { id: string; ready: boolean; tables: { name: string; rowCount: number }[] }[];
    };
    expect(report.sources).toHaveLength(1);
    expect(report.sources[0]).toMatchObject({ id: 'thelook', ready: true });
    const counts = Object.fromEntries(report.sources[0]!.tables.map((table) => [table.name, table.rowCount]));
    for (const table of ['orders', 'order_items', 'products', 'users']) expect(counts[table]).toBeGreaterThan(0);
  });

  test('sql on thelook runs a labelled BigQuery job in the billing project and reports the bytes first', async () => {
    expect((await login(env)).status).toBe(0);
    const billed = { ...env, GOOGLE_CLOUD_PROJECT: FAKE_PROJECT };

    const json = await run(['sql', THELOOK_ORDERS_BY_STATUS, '--source', 'thelook', '--format', 'json'], billed);
    expect(json.status, json.stderr).toBe(0);
    expect(json.stderr).toMatch(/This query will process [\d.]+ [KMG]?B/);
    const result = JSON.parse(json.stdout) as SqlJson;
    expect(result.columns.map((column) => column.name)).toEqual(['status', 'orders']);
    expect(result.rowCount).toBeGreaterThan(0);
    expect(result.rows).toHaveLength(result.rowCount);
    const statuses = result.rows.map((row) => row[0] as string);
    expect(statuses).toEqual([...statuses].sort());
    for (const row of result.rows) expect(Number(row[1])).toBeGreaterThan(0);
    expect(result.bytesProcessed).toBeGreaterThan(0);

    const job = [...google.bigquery.jobs.values()].find((candidate) => candidate.sql === THELOOK_ORDERS_BY_STATUS);
    expect(job).toBeDefined();
    expect(job?.projectId).toBe(FAKE_PROJECT);
    expect(job?.configuration).toMatchObject({ labels: { app: 'aisle' } });

    const byDataset = await run(
      ['sql', THELOOK_ORDERS_BY_STATUS, '--source', 'bq:bigquery-public-data.thelook_ecommerce', '--format', 'json'],
      billed,
    );
    expect(byDataset.status, byDataset.stderr).toBe(0);
    expect(byDataset.stderr).toContain('This query will process');
    const same = JSON.parse(byDataset.stdout) as SqlJson;
    expect(same.columns).toEqual(result.columns);
    expect(same.rows).toEqual(result.rows);

    const table = await run(['sql', THELOOK_ORDERS_BY_STATUS, '--source', 'thelook', '--format', 'table'], billed);
    expect(table.status, table.stderr).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^status +orders$/);
    expect(lines[1]).toMatch(/^-+ {2}-+$/);
    expect(lines.slice(2)).toHaveLength(result.rowCount);
    expect(lines[2]).toContain(String(result.rows[0]![0]));
    expect(table.stderr).toMatch(new RegExp(`${result.rowCount} rows in \\d+ ms, .*processed`));

    for (const token of issuedTokens()) {
      for (const output of [json, byDataset, table]) expect(output.stdout + output.stderr).not.toContain(token);
    }
  });

  test('sql asks for --yes before a query over the confirm amount, and runs it with --yes', async () => {
    expect((await login(env)).status).toBe(0);
    const billed = { ...env, GOOGLE_CLOUD_PROJECT: FAKE_PROJECT };
    google.bigquery.script.onQuery({ match: /big_scan/, totalBytesProcessed: 50 * 1024 ** 3 });
    const sql = 'SELECT COUNT(*) AS big_scan FROM `bigquery-public-data.thelook_ecommerce.order_items`';

    const refused = await run(['sql', sql, '--source', 'thelook', '--format', 'json'], billed);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/This query will process 50(\.0+)? GB/);
    expect(refused.stderr).toContain('--yes');
    expect(refused.stderr).toMatch(/^aisle: .*10(\.0+)? GB/m);
    expect([...google.bigquery.jobs.values()].some((job) => job.sql === sql)).toBe(false);

    const confirmed = await run(['sql', sql, '--source', 'thelook', '--format', 'json', '--yes'], billed);
    expect(confirmed.status, confirmed.stderr).toBe(0);
    const result = JSON.parse(confirmed.stdout) as SqlJson;
    expect(result.columns.map((column) => column.name)).toEqual(['big_scan']);
    expect(result.bytesProcessed).toBe(50 * 1024 ** 3);
    const job = [...google.bigquery.jobs.values()].find((candidate) => candidate.sql === sql);
    expect(job?.configuration).toMatchObject({ query: { maximumBytesBilled: String(100 * 1024 ** 3) } });
  });

  test('SQL that BigQuery rejects fails with Google’s message and where in the SQL it is', async () => {
    expect((await login(env)).status).toBe(0);
    const billed = { ...env, GOOGLE_CLOUD_PROJECT: FAKE_PROJECT };
    const products = '`bigquery-public-data.thelook_ecommerce.products`';

    const unknownColumn = await run(
      ['sql', `SELECT category, SUM(revenue) FROM ${products} GROUP BY 1`, '--source', 'thelook'],
      billed,
    );
    expect(unknownColumn.status).toBe(1);
    expect(unknownColumn.stdout).toBe('');
    expect(unknownColumn.stderr).toContain('aisle: Unrecognized name: revenue at [1:22]\n');

    const typo = await run(['sql', `SELEC category FROM ${products}`, '--source', 'thelook'], billed);
    expect(typo.status).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toMatch(/^aisle: Syntax error: .*"SELEC" at \[1:1\]$/m);
    expect(google.bigquery.jobs.size).toBe(0);
  });

  test('logout revokes the token at Google, deletes the saved sign-in, and whoami then says not signed in', async () => {
    expect((await login(env)).status).toBe(0);
    const file = join(dataDir, 'google-credentials.json');
    expect(existsSync(file)).toBe(true);

    const result = await run(['logout'], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Signed out ${FAKE_ACCOUNT}\n`);
    expect(google.oauth.state.revokedTokens).toHaveLength(1);
    expect(google.oauth.state.refreshTokensIssued).toContain(google.oauth.state.revokedTokens[0]);
    expect(existsSync(file)).toBe(false);

    const whoami = await run(['whoami'], env);
    expect(whoami.status).toBe(1);
    expect(whoami.stdout).toContain('Not signed in');

    const again = await run(['logout'], env);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe('Not signed in.\n');
  });

  test('sql on thelook without a sign-in fails and says to sign in', async () => {
    const result = await run(['sql', THELOOK_ORDERS_BY_STATUS, '--source', 'thelook'], {
      ...env,
      GOOGLE_CLOUD_PROJECT: FAKE_PROJECT,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^aisle: Sign in to Google .*or with `aisle login`/m);
    expect(google.bigquery.jobs.size).toBe(0);
    expect(google.oauth.state.tokenRequests).toHaveLength(0);

    // Asked about one source whose tables cannot be listed: a script sees the failure.
    const sources = await run(['sources', 'thelook'], env);
    expect(sources.status, sources.stderr).toBe(1);
    expect(sources.stdout).toContain('sign in with `aisle login` to list its tables');
  });
});
