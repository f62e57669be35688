import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ForecastResult } from '../../../shared/contract/forecast';
import { cacheFilePath, openCache, type Cache, type JsonValue } from '../../cache';
import { steppingClock } from '../../cache/test-fixtures/temp-cache';

/** Test helper: a real cache in a temp folder, and reports stored the way Aisle stores them. */

export const tempCache = (): { cache: Cache; dir: string; done: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-deck-'));
  // A clock that moves a second per reading, so "most recently changed first" is well defined.
  const { cache } = openCache(cacheFilePath(dir), () => undefined, { clock: steppingClock() });
  return {
    cache,
    dir,
    done: () => {
      cache.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export interface SqlReportInput {
  title: string;
  sql?: string;
  columns: { name: string; type: string }[];
  rows: JsonValue[][];
  chart: { type: string; x: number; y: number[]; horizontal?: boolean } | null;
  asOf?: string;
  sourceId?: string;
  narrative?: string[];
  rowCount?: number;
  truncated?: boolean;
}

/** A `sql` report (as pinReport stores one) with one version. */
export const addSqlReport = (cache: Cache, input: SqlReportInput): string => {
  const report = cache.reports.create({
    title: input.title,
    kind: 'sql',
    sourceId: input.sourceId ?? 'demo',
    spec: { sql: input.sql ?? `SELECT * FROM t -- ${input.title}`, chart: input.chart },
    tags: [],
  });
  cache.reports.addVersion(report.id, {
    snapshot: {
      columns: input.columns,
      rows: input.rows,
      rowCount: input.rowCount ?? input.rows.length,
      truncated: input.truncated ?? false,
      asOf: input.asOf ?? '2026-11-20T10:15:00.000Z',
      ...(input.narrative ? { narrative: input.narrative } : {}),
    },
  });
  return report.id;
};

const weekly = (start: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => {
    const date = new Date(`${start}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + index * 7);
    return date.toISOString().slice(0, 10);
  });

/** One weekly series: history `scale × (1000 + 10i)` (the last `historyWeeks` of `days`), then the forecast. */
const weeklySeries = (
  days: string[],
  futureFrom: number,
  member: { key: string; label: string; scale: number; historyWeeks?: number },
): ForecastResult['series'][number] => ({
  key: member.key,
  label: member.label,
  history: days
    .slice(futureFrom - (member.historyWeeks ?? futureFrom), futureFrom)
    .map((ds, index) => ({ ds, y: Math.round(member.scale * (1000 + index * 10)) })),
  forecast: days.slice(futureFrom).map((ds, index) => ({
    ds,
    point: member.scale * (1300 + index * 10),
    lower: member.scale * (1200 + index * 5),
    upper: member.scale * (1400 + index * 15),
  })),
  backtest: { points: [], mase: 0.82, smape: 7.4, naiveMase: 1, naiveSmape: 9.1 },
  model: 'Combination of ETS, Theta and ARIMA',
  warnings: [],
});

const weeklyForecast = (
  level: ForecastResult['level'],
  historyWeeks: number,
  horizon: number,
  series: (days: string[]) => ForecastResult['series'],
): ForecastResult => {
  const days = weekly('2026-01-05', historyWeeks + horizon);
  return {
    sourceId: 'demo',
    measure: 'revenue',
    level,
    grain: 'week',
    horizon,
    confidence: 95,
    engine: 'local',
    series: series(days),
    events: [],
    dataThrough: days[historyWeeks - 1] ?? '2026-01-05',
    asOf: '2026-11-21T08:00:00.000Z',
    bytesProcessed: null,
    costUsd: null,
    notes: [],
    elapsedMs: 12,
  };
};

/** A weekly revenue forecast: `historyWeeks` of history, `horizon` weeks ahead, one series (or more). */
export const sampleForecast = (historyWeeks = 30, horizon = 8, extraSeries = 0): ForecastResult =>
  weeklyForecast('total', historyWeeks, horizon, (days) => [
    weeklySeries(days, historyWeeks, { key: 'total', label: 'All products', scale: 1 }),
    ...Array.from({ length: extraSeries }, (_, index) =>
      weeklySeries(days, historyWeeks, { key: `s${index}`, label: `Series ${index}`, scale: 0.5 }),
    ),
  ]);

/** A member of a forecast by category: its size, and how many weeks of history it has (all when omitted). */
export interface CategoryMember {
  label: string;
  scale: number;
  historyWeeks?: number;
}

/** A weekly revenue forecast by category, one series per member (pass them biggest first, as the service orders them). */
export const categoryForecast = (members: readonly CategoryMember[], historyWeeks = 30, horizon = 8): ForecastResult =>
  weeklyForecast('category', historyWeeks, horizon, (days) =>
    members.map((member) => weeklySeries(days, historyWeeks, { key: member.label, ...member })),
  );

/** A `forecast` report (as ForecastService.pin stores one). */
export const addForecastReport = (cache: Cache, title: string, forecast: ForecastResult): string => {
  const report = cache.reports.create({
    title,
    kind: 'forecast',
    sourceId: forecast.sourceId,
    spec: {
      request: {
        sourceId: forecast.sourceId,
        measure: forecast.measure,
        grain: forecast.grain,
        horizon: forecast.horizon,
      },
      chart: { type: 'line' },
    },
    tags: ['forecast'],
  });
  cache.reports.addVersion(report.id, { snapshot: { forecast } });
  return report.id;
};

/**
 * A fresh cache per call, each closed and removed after its test. Call once at a test file's top
 * level (it registers the afterEach hook there).
 */
export const cachesClosedAfterEach = (): (() => Cache) => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((done) => done()));
  return () => {
    const opened = tempCache();
    cleanups.push(opened.done);
    return opened.cache;
  };
};

/** The deck options the tests build with: the demo store, in dollars, on a fixed day. */
export const DECK_NOW = new Date('2026-11-24T12:00:00Z');
export const deckOptions = { sourceNames: { demo: 'Demo store' }, sourceCurrencies: { demo: 'USD' }, now: DECK_NOW };

export const categoryColumns = [
  { name: 'category', type: 'VARCHAR' },
  { name: 'revenue', type: 'DOUBLE' },
  { name: 'units', type: 'BIGINT' },
];
export const categoryRows = [
  ['Tops', 1200.5, 40],
  ['Jeans', 800, 22],
  ['Dresses', 450.25, 15],
  ['Shoes & bags', 300, 9],
];
export const monthColumns = [
  { name: 'month', type: 'DATE' },
  { name: 'revenue', type: 'DOUBLE' },
  { name: 'orders', type: 'BIGINT' },
];
