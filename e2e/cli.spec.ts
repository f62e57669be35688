import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import packageJson from '../package.json' with { type: 'json' };
import { CLI, ROOT, startAisle, tempDataDir } from './aisle-process';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

test.describe('aisle command line', () => {
  test('--version prints the version on stdout', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${packageJson.version}\n`);
  });

  test('--help lists serve and the data folder variable', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('serve [options]');
    expect(result.stdout).toContain('AISLE_DATA_DIR');
  });

  test('a bad port is refused with a message saying what to type', () => {
    const result = run(['serve', '--port', 'eighty']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Use a whole number from 0 to 65535');
    expect(result.stdout).toBe('');
  });

  test('sentiment scores one line of stdin per line of stdout, in order', () => {
    const lines = ['I love this dress, fits perfectly', 'The zipper broke and I had to return it', '', 'ok'];
    const result = spawnSync(process.execPath, [CLI, 'sentiment'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: `${lines.join('\n')}\n`,
    });
    expect(result.status, result.stderr).toBe(0);
    const scores = result.stdout.trim().split('\n').map(Number);
    expect(scores).toHaveLength(4);
    expect(scores[0]).toBeGreaterThan(0.3);
    expect(scores[1]).toBeLessThan(-0.3);
    expect(scores[2]).toBe(0);
    for (const score of scores) expect(Math.abs(score)).toBeLessThanOrEqual(1);
  });

  test('an unknown command is refused', () => {
    const result = run(['frobnicate']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });

  test('serve prints exactly one line, uses AISLE_DATA_DIR and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dataDir = join(tempDataDir(), 'nested', 'data');
      const aisle = await startAisle({ AISLE_DATA_DIR: dataDir, AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/' });
      const response = await fetch(`${aisle.origin}/api/app.info`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${aisle.token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(((await response.json()) as { value: { dataDir: string } }).value.dataDir).toBe(dataDir);
      expect(existsSync(dataDir)).toBe(true);
      expect(await aisle.stop(signal)).toBe(0);
      expect(aisle.stdoutLines).toHaveLength(1);
      expect(aisle.stderr()).toContain(`${signal} received, shutting down`);
      expect(aisle.stderr()).not.toContain(aisle.token);
    }
  });

  test('demo, sources and sql work together on a fresh data folder', () => {
    const env = { AISLE_DATA_DIR: tempDataDir() };
    const before = run(['sources', '--json'], env);
    expect(before.status).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({
      sources: [
        { id: 'demo', ready: false, tables: [] },
        { id: 'thelook', kind: 'bigquery', ready: false, note: 'sign in with `aisle login` to list its tables' },
      ],
    });

    const demo = run(['demo', '--scale', '0.01', '--seed', '3', '--json'], env);
    expect(demo.status).toBe(0);
    const summary = JSON.parse(demo.stdout) as { scale: number; seed: number; tables: Record<string, number> };
    expect(summary).toMatchObject({ scale: 0.01, seed: 3 });
    expect(demo.stderr).toContain('Demo store: 26% Picking, pricing and shipping order lines');

    const sources = JSON.parse(run(['sources', '--json'], env).stdout) as {
      sources: Array<{ tables: Array<{ name: string; rowCount: number }> }>;
    };
    const tables = Object.fromEntries(sources.sources[0]!.tables.map((table) => [table.name, table.rowCount]));
    expect(tables).toEqual(summary.tables);

    const sql = run(
      ['sql', 'SELECT count(*) AS lines, count(DISTINCT order_id) AS orders FROM order_items', '--format', 'json'],
      env,
    );
    expect(sql.status).toBe(0);
    const result = JSON.parse(sql.stdout) as {
      columns: unknown;
      rows: number[][];
      rowCount: number;
      elapsedMs: number;
    };
    expect(result.columns).toEqual([
      { name: 'lines', type: 'BIGINT' },
      { name: 'orders', type: 'BIGINT' },
    ]);
    expect(result.rows[0]![0]).toBe(summary.tables['order_items']);
    expect(result.rows[0]![1]).toBe(summary.tables['orders']);
    expect(result.rowCount).toBe(1);

    const csv = run(['sql', "SELECT 'a,b' AS x, 2 AS y", '--format', 'csv'], env);
    expect(csv.stdout).toBe('x,y\n"a,b",2\n');

    const bad = run(['sql', 'SELECT * FROM nope'], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Catalog Error: Table with name nope does not exist!');
    expect(bad.stdout).toBe('');

    const unknown = run(['sql', 'SELECT 1', '--source', 'shop'], env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no data source called "shop". Known sources: demo, thelook.');
  });

  test('import turns a CSV into a source that sql can query, with a mapping file and a JSON report', () => {
    const dir = tempDataDir();
    const env = { AISLE_DATA_DIR: join(dir, 'data') };
    const csv = join(dir, 'pos.csv');
    writeFileSync(
      csv,
      'Receipt,When,Item,Units,Each,Shop\nR1,2024-03-01 09:00,Scarf,2,10.5,Leeds\nR2,2024-03-02 10:00,Tote,1,oops,York\nR3,2024-03-02 11:00,Tote,3,12,York\n',
    );
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        order_id: 'Receipt',
        date: 'When',
        product_name: 'Item',
        quantity: 'Units',
        unit_price: 'Each',
        region: 'Shop',
      }),
    );
    const result = run(
      ['import', csv, '--name', 'POS export', '--mapping', mapping, '--currency', 'gbp', '--json'],
      env,
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      source: 'pos-export',
      currency: 'GBP',
      rowsRead: 3,
      rowsLoaded: 2,
      rowsRejected: 1,
    });
    expect(report['mapping']).toMatchObject({ date: 'When', quantity: 'Units' });
    expect(report['notes']).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(result.stderr).toContain('Import:');

    const revenue = run(
      ['sql', 'SELECT sum(line_revenue) FROM sales', '--source', 'pos-export', '--format', 'csv'],
      env,
    );
    expect(revenue.stdout.split('\n')[1]).toBe('57');
    expect(run(['sources', 'pos-export'], env).stdout).toContain('pos-export  POS export (local, GBP)');

    const pounds = run(['import', csv, '--name', 'Pounds', '--currency', 'pounds'], env);
    expect(pounds.status).toBe(1);
    expect(pounds.stderr).toContain('three-letter ISO code');

    writeFileSync(mapping, JSON.stringify({ quantity: 'Units' }));
    const bad = run(['import', csv, '--name', 'Again', '--mapping', mapping], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('field "date": Choose the column that holds the date of each sale.');
  });

  test('npm run aisle works from the repository', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', '--silent', 'aisle', '--', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${packageJson.version}\n`);
  });
});
