import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CLI, ROOT, tempDataDir } from './aisle-process';

const dataDir = tempDataDir();
const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, AISLE_DATA_DIR: dataDir },
  });

/** Two weekly series with a yearly pattern and one with integer steps, as a long-format CSV. */
const writeInput = (): string => {
  const lines = ['id,ds,y'];
  const start = Date.parse('2023-01-02T00:00:00Z');
  for (let week = 0; week < 156; week += 1) {
    const ds = new Date(start + week * 7 * 86_400_000).toISOString().slice(0, 10);
    const season = Math.sin((2 * Math.PI * week) / 52);
    lines.push(`coats,${ds},${(100 + 40 * season + week * 0.2).toFixed(2)}`);
    lines.push(`"swim, women",${ds},${(60 - 30 * season).toFixed(2)}`);
  }
  for (let step = 1; step <= 40; step += 1) lines.push(`steps,${step},${10 + step}`);
  const path = join(dataDir, 'series.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

test.describe('aisle forecast', () => {
  test('forecasts every series of a long CSV: id,step,ds,forecast,lower,upper', () => {
    const input = writeInput();
    const result = run(['forecast', '--input', input, '--horizon', '4', '--season-length', '52']);
    expect(result.status, result.stderr).toBe(0);
    const [header, ...rows] = result.stdout.trim().split('\n');
    expect(header).toBe('id,step,ds,forecast,lower,upper');
    expect(rows).toHaveLength(12);
    const coats = rows.filter((row) => row.startsWith('coats,'));
    expect(coats.map((row) => row.split(',').slice(1, 3).join(','))).toEqual([
      '1,2025-12-29',
      '2,2026-01-05',
      '3,2026-01-12',
      '4,2026-01-19',
    ]);
    for (const row of coats) {
      const [, , , forecast, lower, upper] = row.split(',').map(Number);
      expect(lower).toBeLessThanOrEqual(forecast ?? NaN);
      expect(forecast).toBeLessThanOrEqual(upper ?? NaN);
    }
    // An id with a comma is quoted; integer steps continue as integers.
    expect(rows.some((row) => row.startsWith('"swim, women",1,'))).toBe(true);
    expect(rows.filter((row) => row.startsWith('steps,')).map((row) => row.split(',')[2])).toEqual([
      '41',
      '42',
      '43',
      '44',
    ]);
    expect(result.stderr).toMatch(/Forecast 3 series, 4 steps each, 95% intervals/);
  });

  test('--format json, and clear errors for a bad file', () => {
    const input = writeInput();
    const json = run(['forecast', '--input', input, '--horizon', '2', '--level', '80', '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { rows: { id: string; step: number }[]; models: Record<string, string> };
    expect(parsed.rows).toHaveLength(6);
    expect(Object.keys(parsed.models).sort()).toEqual(['coats', 'steps', 'swim, women']);

    const missing = run(['forecast', '--input', join(dataDir, 'nope.csv')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('There is no file at');
    const bad = join(dataDir, 'bad.csv');
    writeFileSync(bad, 'name,value\na,1\n');
    const wrong = run(['forecast', '--input', bad]);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/columns id, ds and y/);
    expect(run(['forecast', '--input', input, '--horizon', '0']).stderr).toMatch(/horizon is a whole number/i);
  });

  test('forecasts a measure of a data source by category', () => {
    expect(run(['demo', '--scale', '0.02']).status).toBe(0);
    const result = run([
      'forecast',
      '--measure',
      'revenue',
      '--by',
      'category',
      '--grain',
      'week',
      '--horizon',
      '3',
      '--top',
      '2',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((row) => row.split(',')[0])).size).toBe(2);
    expect(result.stderr).toMatch(/backtest MASE [\d.]+ vs seasonal naive/);
    expect(result.stderr).toContain('Data through 2026-10-31');
  });
});
