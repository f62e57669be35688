// `npm run bench`: prints timings and ratios; asserts nothing. See docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCache } from '../src/main/cache/bench';
import { generateDemoStore } from '../src/main/demo/generate-demo';
import { DuckDbWarehouse } from '../src/main/warehouse/duckdb-warehouse';
import { analyses } from './analyses';
import { askQuestionCount, benchAsk } from './ask';
import { benchExplore, benchGridQuery } from './explore';
import { benchForecastEngine } from './forecast-engine';
import { benchGrid } from './grid';
import { copyToSqlite } from './sqlite-copy';

const scales = (process.argv.find((arg) => arg.startsWith('--scales='))?.slice(9) ?? '1,10').split(',').map(Number);
const RUNS = 5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Median of RUNS timed runs after a warm-up; a run slower than 2 s is timed once (the warm-up). */
const time = async (run: () => unknown): Promise<number> => {
  const warmStarted = performance.now();
  await run();
  const warmUp = performance.now() - warmStarted;
  if (warmUp > 2000) return warmUp;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
};

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`.padStart(11);
const log = (line: string): void => void process.stdout.write(`${line}\n`);

const main = async (): Promise<void> => {
  log(
    `Aisle benchmarks · ${new Date().toISOString()} · node ${process.version} · medians of ${RUNS} runs after a warm-up`,
  );
  for (const scale of scales) {
    const dir = mkdtempSync(join(tmpdir(), 'aisle-bench-'));
    try {
      const summary = await generateDemoStore({ dataDir: dir, scale });
      log('');
      log(
        `Demo store at scale ${scale}: ${summary.tables['order_items']?.toLocaleString('en-US')} order lines, generated in ${(summary.elapsedMs / 1000).toFixed(2)} s`,
      );
      const warehouse = await DuckDbWarehouse.open(summary.path, { readOnly: true });
      const copyStarted = performance.now();
      const sqlite = await copyToSqlite(warehouse, join(dir, 'bench.sqlite'));
      log(`  (copied to SQLite for comparison in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s)`);
      log(
        `  ${'analysis'.padEnd(44)}${'Aisle/DuckDB'.padStart(13)}${'SQLite'.padStart(13)}${'SQLite ÷ Aisle'.padStart(16)}`,
      );
      for (const analysis of analyses) {
        const duck = await time(() => warehouse.query(analysis.duckdb));
        const statement = sqlite.prepare(analysis.sqlite);
        const lite = await time(() => statement.all());
        log(
          `  ${analysis.name.padEnd(44)}${ms(duck).padStart(13)}${ms(lite).padStart(13)}${`${(lite / duck).toFixed(1)}x`.padStart(16)}`,
        );
      }
      sqlite.close();
      await warehouse.close();
      const ask = await benchAsk(dir);
      log(
        `  Ask, ${askQuestionCount} questions in a row (${ask.answered} answered): first ${ms(ask.first).trim()} (reads the source's values), then p50 ${ms(ask.p50).trim()}, p90 ${ms(ask.p90).trim()}; goal p50 < 150 ms`,
      );
      const explore = await benchExplore(dir);
      log(
        `  Explore: first grid page ${ms(explore.firstPage).trim()} (reads all products and scores every review once), then pages/filters/sorts p50 ${ms(explore.pageP50).trim()}, product page p50 ${ms(explore.productP50).trim()}, review search p50 ${ms(explore.reviewSearchP50).trim()}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const gridQuery = benchGridQuery();
  log('');
  log(
    `Explore grid query over 30,000 products (main, per request): sort by revenue ${ms(gridQuery.sortMs).trim()}, search + two filters + complaint sort ${ms(gridQuery.filterMs).trim()}`,
  );
  const engine = await benchForecastEngine();
  log(
    `Forecast engine: ${engine.series.toLocaleString('en-US')} daily series of 3 years, 28 days ahead, in ${engine.seconds.toFixed(1)} s (goal under 10 s)`,
  );
  await benchResultCache();
  await benchResultGrid();
};

/** The SQL editor's grid in Chromium: first rows, and the page's heap against a naive load. */
const benchResultGrid = async (): Promise<void> => {
  log('');
  log('SQL editor grid, 1,000,000-row result (Chromium, CDP heap after GC):');
  const result = await benchGrid();
  if (typeof result === 'string') {
    log(`  ${result}`);
    return;
  }
  log(`  ${'time from Run to the first rows'.padEnd(44)}${ms(result.firstRowsMs).padStart(13)}`);
  log(
    `  ${'page heap after scrolling all rows'.padEnd(44)}${`${result.heapAfterScrollMb.toFixed(1)} MB`.padStart(13)}`,
  );
  log(`  ${'page heap with all rows loaded naively'.padEnd(44)}${`${result.naiveHeapMb.toFixed(1)} MB`.padStart(13)}`);
  log(`  ${'naive ÷ grid'.padEnd(44)}${`${(result.naiveHeapMb / result.heapAfterScrollMb).toFixed(1)}x`.padStart(13)}`);
};

/** The result cache's own benchmark (src/main/cache/bench.ts). */
const benchResultCache = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-bench-cache-'));
  try {
    log('');
    log('Result cache, 1,000,000-row result:');
    for (const { name, value, unit } of await benchCache(dir)) {
      log(`  ${name.padEnd(44)}${Math.round(value).toLocaleString('en-US').padStart(13)} ${unit}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
