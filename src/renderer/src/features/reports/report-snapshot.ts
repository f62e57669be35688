import { z } from 'zod';
import { ForecastResult, type ForecastResult as ForecastResultType } from '../../../../shared/contract/forecast';
import type { ProductView } from '../../../../shared/contract/explore';
import { PinnedChart } from '../../../../shared/contract/reports';
import { ExploreReportSpec } from '../../../../shared/reports/explore-report-spec';
import { SqlReportSpec } from '../../../../shared/reports/preview-snapshot';
import type { ResultColumn } from '../../../../shared/contract/query';

export type PinnedChartSpec = z.infer<typeof PinnedChart>;
export type Cell = string | number | boolean | null;

/** A SQL report's frozen table: its columns and first rows, as pinned or last refreshed. */
export interface TableSnapshot {
  kind: 'table';
  columns: ResultColumn[];
  rows: Cell[][];
  rowCount: number;
  truncated: boolean;
  asOf: string | null;
  bytesBilled: number | null;
  costUsd: number | null;
}

export interface ForecastSnapshot {
  kind: 'forecast';
  forecast: ForecastResultType;
}

export type ReportSnapshot = TableSnapshot | ForecastSnapshot | { kind: 'unknown' };

const TableShape = z
  .object({
    columns: z.array(z.object({ name: z.string(), type: z.string() })),
    rows: z.array(z.array(z.json())),
    rowCount: z.number().optional(),
    truncated: z.boolean().optional(),
    asOf: z.string().nullable().optional(),
    bytesBilled: z.number().nullable().optional(),
    bytesProcessed: z.number().nullable().optional(),
    costUsd: z.number().nullable().optional(),
  })
  .loose();
const ForecastShape = z.object({ forecast: ForecastResult }).loose();

const cell = (value: unknown): Cell =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : JSON.stringify(value);

/** What a version's snapshot holds, read defensively: the contract types it only as JSON. */
export const readSnapshot = (snapshot: unknown): ReportSnapshot => {
  const forecast = ForecastShape.safeParse(snapshot);
  if (forecast.success) return { kind: 'forecast', forecast: forecast.data.forecast };
  const table = TableShape.safeParse(snapshot);
  if (!table.success) return { kind: 'unknown' };
  const { columns, rows } = table.data;
  return {
    kind: 'table',
    columns,
    rows: rows.map((row) => row.map(cell)),
    rowCount: table.data.rowCount ?? rows.length,
    truncated: table.data.truncated ?? false,
    asOf: table.data.asOf ?? null,
    bytesBilled: table.data.bytesBilled ?? table.data.bytesProcessed ?? null,
    costUsd: table.data.costUsd ?? null,
  };
};

/** A SQL report's spec: its SQL and pinned chart (null when pinned as a table). */
export interface SqlSpec {
  kind: 'sql';
  sql: string;
  chart: PinnedChartSpec | null;
}

/** An explorer view's spec: the grid view it reads again on refresh, and its chart. */
export interface ExploreSpec {
  kind: 'explore';
  view: ProductView;
  chart: PinnedChartSpec | null;
}

export interface ForecastSpec {
  kind: 'forecast';
  request: Record<string, unknown>;
}

export type ReportSpec = SqlSpec | ExploreSpec | ForecastSpec;

const ForecastSpecShape = z.object({ request: z.record(z.string(), z.unknown()) }).loose();

export const readSpec = (spec: unknown): ReportSpec | null => {
  // The same readings main uses to cut previews, so a thumbnail draws the same chart from either.
  const sql = SqlReportSpec.safeParse(spec);
  if (sql.success) return { kind: 'sql', sql: sql.data.sql, chart: sql.data.chart ?? null };
  const explore = ExploreReportSpec.safeParse(spec);
  if (explore.success) return { kind: 'explore', view: explore.data.view, chart: explore.data.chart ?? null };
  const forecast = ForecastSpecShape.safeParse(spec);
  return forecast.success ? { kind: 'forecast', request: forecast.data.request } : null;
};

/** The chart a table report was pinned with (a SQL result's or an explorer view's); null for a forecast or none. */
export const tableChartOf = (spec: ReportSpec | null): PinnedChartSpec | null =>
  spec?.kind === 'sql' || spec?.kind === 'explore' ? spec.chart : null;

/** A chart spec that fits the columns it draws from; null when a pinned column is gone. */
export const usableChart = (
  chart: PinnedChartSpec | null,
  columns: readonly ResultColumn[],
): PinnedChartSpec | null => {
  if (!chart) return null;
  if (chart.x >= columns.length) return null;
  const y = chart.y.filter((index) => index < columns.length);
  return y.length === 0 ? null : { ...chart, y };
};

/** A number from a cell: engines send big integers and decimals as text. */
export const numberOf = (value: Cell | undefined): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
};

/** The forecast as a table (series, period, forecast, interval), as main exports and compares it. */
export const forecastTable = (forecast: ForecastResultType): { columns: ResultColumn[]; rows: Cell[][] } => ({
  columns: [
    { name: 'series', type: 'VARCHAR' },
    { name: 'period', type: 'VARCHAR' },
    { name: 'forecast', type: 'DOUBLE' },
    { name: 'lower', type: 'DOUBLE' },
    { name: 'upper', type: 'DOUBLE' },
  ],
  rows: forecast.series.flatMap((series) =>
    series.forecast.map((point) => [series.label, point.ds, point.point, point.lower, point.upper]),
  ),
});

/** What reading the data cost, where the snapshot says: bytes and dollars, or nulls. */
export const snapshotCost = (snapshot: ReportSnapshot): { bytes: number | null; usd: number | null } => {
  if (snapshot.kind === 'table') return { bytes: snapshot.bytesBilled, usd: snapshot.costUsd };
  if (snapshot.kind === 'forecast') return { bytes: snapshot.forecast.bytesProcessed, usd: snapshot.forecast.costUsd };
  return { bytes: null, usd: null };
};

/** When the numbers were read: the snapshot's own stamp, else when the version was kept. */
export const snapshotAsOf = (snapshot: ReportSnapshot, fallback: string): string =>
  snapshot.kind === 'table'
    ? (snapshot.asOf ?? fallback)
    : snapshot.kind === 'forecast'
      ? snapshot.forecast.asOf
      : fallback;
