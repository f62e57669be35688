import { z } from 'zod';
import { ForecastResult } from '../contract/forecast';
import { PinnedChart } from '../contract/reports';
import { ExploreReportSpec } from './explore-report-spec';

// What a library thumbnail reads of a snapshot. Main cuts snapshots with these and the
// renderer's thumbnail.ts draws with them, so a thumbnail drawn from a preview is the one the
// full snapshot would give (thumbnail.test.ts checks it).

type Json = z.infer<ReturnType<typeof z.json>>;

/** What a library thumbnail draws at most: points of a line, bars, rows of the table glyph. */
export const THUMBNAIL_LIMITS = { points: 60, bars: 16, tableRows: 5 } as const;

/** How much of a forecast's history its thumbnail shows before the forecast: the shape of what is coming. */
export const thumbnailHistory = (ahead: number): number => Math.max(12, ahead * 3);

/** Every `n`th value so at most `most` remain, keeping the last (the newest point matters). */
export const downsample = <T>(values: readonly T[], most: number): T[] => {
  if (values.length <= most) return [...values];
  const step = (values.length - 1) / (most - 1);
  return Array.from({ length: most }, (_, index) => values[Math.round(index * step)] as T);
};

/** A SQL report's spec, as the thumbnail reads it: its SQL and pinned chart (null when pinned as a table). */
export const SqlReportSpec = z.object({ sql: z.string(), chart: PinnedChart.nullable().optional() }).loose();
const ForecastSnapshot = z.object({ forecast: ForecastResult }).loose();
const JsonObject = z.record(z.string(), z.json());

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The chart pinned with a table report: a SQL result's or an explorer view's (null when pinned as a table). */
export const chartOf = (spec: unknown): z.infer<typeof PinnedChart> | null =>
  (SqlReportSpec.safeParse(spec).data ?? ExploreReportSpec.safeParse(spec).data)?.chart ?? null;

/** The chart's type and the column it draws, when the chart fits the columns; null draws the table glyph. */
const drawnMeasure = (
  spec: unknown,
  columns: number,
): { type: z.infer<typeof PinnedChart>['type']; measure: number } | null => {
  const chart = chartOf(spec);
  if (!chart || chart.x >= columns) return null;
  const measure = chart.y.find((index) => index < columns);
  return measure === undefined ? null : { type: chart.type, measure };
};

/** A row with only the measure's cell; a cell that is not a plain value reads as no number anyway. */
const measureOnly = (row: readonly unknown[], measure: number): Json[] => {
  const cell = row[measure];
  const kept =
    typeof cell === 'string' || typeof cell === 'boolean' || (typeof cell === 'number' && Number.isFinite(cell))
      ? cell
      : null;
  return Array.from({ length: measure + 1 }, (_, index) => (index === measure ? kept : null));
};

const isRows = (value: unknown): value is unknown[][] =>
  Array.isArray(value) && value.every((row) => Array.isArray(row));

const previewTable = (spec: unknown, snapshot: Record<string, unknown>): Json => {
  const { rows: table, ...rest } = snapshot;
  const head = JsonObject.safeParse(rest);
  if (!head.success || !isRows(table)) return null;
  const columns = head.data['columns'];
  const drawn = drawnMeasure(spec, Array.isArray(columns) ? columns.length : 0);
  if (!drawn || table.length === 0) {
    // The table glyph counts rows and reads none of them.
    return { ...head.data, rows: table.slice(0, THUMBNAIL_LIMITS.tableRows).map(() => []) };
  }
  const read =
    drawn.type === 'pie'
      ? table // Every slice beyond the biggest few adds to "the rest".
      : drawn.type === 'bar'
        ? table.slice(0, THUMBNAIL_LIMITS.bars)
        : downsample(table, THUMBNAIL_LIMITS.points);
  return { ...head.data, rows: read.map((row) => measureOnly(row, drawn.measure)) };
};

/**
 * A snapshot cut to what its library thumbnail reads: a table keeps its columns and facts, and
 * of its rows only the measure's cell of the rows drawn (all of them for a pie, whose last slice
 * sums the rest); a forecast keeps its first series' forecast and the history its thumbnail shows.
 * Everything else the thumbnail reads is passed through untouched, so it reads the same shape.
 */
export const previewSnapshot = (spec: unknown, snapshot: unknown): Json => {
  const forecast = ForecastSnapshot.safeParse(snapshot);
  if (forecast.success) {
    const first = forecast.data.forecast.series[0];
    const series = first
      ? [
          {
            ...first,
            history: downsample(first.history.slice(-thumbnailHistory(first.forecast.length)), THUMBNAIL_LIMITS.points),
            backtest: null,
          },
        ]
      : [];
    return { forecast: { ...forecast.data.forecast, series } };
  }
  return isRecord(snapshot) ? previewTable(spec, snapshot) : null;
};
