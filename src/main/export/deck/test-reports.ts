import { mkdtempSync, rmSync } from 'node:fs';
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

/** A weekly revenue forecast: `historyWeeks` of history, `horizon` weeks ahead, one series (or more). */
export const sampleForecast = (historyWeeks = 30, horizon = 8, extraSeries = 0): ForecastResult => {
  const days = weekly('2026-01-05', historyWeeks + horizon);
  const series = (key: string, label: string, scale: number): ForecastResult['series'][number] => ({
    key,
    label,
    history: days.slice(0, historyWeeks).map((ds, index) => ({ ds, y: Math.round(scale * (1000 + index * 10)) })),
    forecast: days.slice(historyWeeks).map((ds, index) => ({
      ds,
      point: scale * (1300 + index * 10),
      lower: scale * (1200 + index * 5),
      upper: scale * (1400 + index * 15),
    })),
    backtest: { points: [], mase: 0.82, smape: 7.4, naiveMase: 1, naiveSmape: 9.1 },
    model: 'Combination of ETS, Theta and ARIMA',
    warnings: [],
  });
  return {
    sourceId: 'demo',
    measure: 'revenue',
    level: 'total',
    grain: 'week',
    horizon,
    confidence: 95,
    engine: 'local',
    series: [
      series('total', 'All products', 1),
      ...Array.from({ length: extraSeries }, (_, index) => series(`s${index}`, `Series ${index}`, 0.5)),
    ],
    events: [],
    dataThrough: days[historyWeeks - 1] ?? '2026-01-05',
    asOf: '2026-11-21T08:00:00.000Z',
    bytesProcessed: null,
    costUsd: null,
    notes: [],
    elapsedMs: 12,
  };
};

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
