import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { CLI, ROOT, tempDataDir } from './aisle-process';

const dataDir = tempDataDir();
const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, AISLE_DATA_DIR: dataDir },
  });

interface AskJson {
  question: string;
  interpretation: { kind: string; message: string; options: string[] };
  plan: { intent: string; measures: string[] } | null;
  sql: string | null;
  columns: { name: string; type: string }[];
  rows: (string | number | null)[][];
  narrative: string;
  chart: { type: string } | null;
  source: string;
  asOf: string | null;
  reportId?: string;
}

test.describe('aisle ask', () => {
  test.beforeAll(() => {
    expect(run(['demo', '--scale', '0.02']).status).toBe(0);
  });

  test('--json prints one object with the plan, SQL, typed rows, narrative and chart', () => {
    const result = run(['ask', 'top 5 categories by revenue last 12 months', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as AskJson;
    expect(answer).toMatchObject({
      question: 'top 5 categories by revenue last 12 months',
      interpretation: { kind: 'answer' },
      plan: { intent: 'ranking', measures: ['revenue'] },
      chart: { type: 'bar' },
      source: 'demo',
    });
    expect(answer.sql).toMatch(/^(WITH|SELECT|--)/m);
    expect(answer.columns.map((column) => column.name)).toEqual(['category', 'revenue']);
    expect(answer.rows).toHaveLength(5);
    for (const [label, value] of answer.rows) {
      expect(typeof label).toBe('string');
      expect(typeof value).toBe('number');
    }
    expect(answer.narrative).toContain(answer.rows[0]?.[0] as string);
    expect(Date.parse(answer.asOf ?? '')).not.toBeNaN();
  });

  test('prints a table and narrative, pins a report, and refuses to change data', () => {
    const table = run(['ask', 'revenue by department in the holiday season', '--pin', 'Holiday by department']);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/department\s+revenue/);
    expect(table.stdout).toMatch(/^Pinned as report \S+$/m);

    const refused = run(['ask', 'delete all orders', '--json']);
    expect(refused.status).toBe(2);
    expect((JSON.parse(refused.stdout) as AskJson).interpretation.kind).toBe('refuse');

    const unclear = run(['ask', 'how much did we sell?']);
    expect(unclear.status).toBe(0);
    expect(unclear.stdout).toContain('Did you mean revenue or units?');
  });

  test('reviews search ranks matching reviews with highlighted snippets, per product too', () => {
    const result = run(['reviews', 'search', 'zipper broke', '--json', '--limit', '5']);
    expect(result.status, result.stderr).toBe(0);
    const found = JSON.parse(result.stdout) as {
      total: number;
      results: {
        productId: string;
        productName: string | null;
        snippet: string;
        highlights: { start: number; end: number }[];
      }[];
    };
    expect(found.total).toBeGreaterThan(0);
    const top = found.results[0];
    expect(top?.productName).toContain('Zip-Up Puffer Jacket');
    for (const highlight of top?.highlights ?? []) {
      expect(top?.snippet.slice(highlight.start, highlight.end).toLowerCase()).toMatch(/zipper|broke/);
    }
    const one = run(['reviews', 'search', 'zipper', '--product', top?.productId ?? '', '--json']);
    const filtered = JSON.parse(one.stdout) as { results: { productId: string }[] };
    expect(filtered.results.every((hit) => hit.productId === top?.productId)).toBe(true);
  });

  test('export writes the pinned reports as a PowerPoint deck', async () => {
    const pinned = run(['ask', 'revenue by category last 12 months', '--pin', 'Revenue by category']);
    expect(pinned.status, pinned.stderr).toBe(0);
    const file = join(dataDir, 'review.pptx');
    const result = run(['export', '--reports', 'all', '--pptx', file, '--title', 'Weekly review']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(file);
    expect(result.stderr).toMatch(/\d+ slides/);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts.length).toBeGreaterThan(0);
    const missing = run(['export', '--reports', 'no-such-report', '--pptx', file]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no-such-report/);
  });
});
