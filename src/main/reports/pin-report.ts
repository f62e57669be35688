import type { z } from 'zod';
import type { PinnedChart, PinnedReport } from '../../shared/contract/reports';
import type { Cache } from '../cache';
import type { JsonValue } from '../cache/json-column';
import type { ResultMeta } from '../cache/result-meta';
import { AisleError } from '../core/aisle-error';

/** Rows kept in a pinned report's snapshot: enough for its chart and table offline. */
export const SNAPSHOT_ROWS = 5_000;

export interface PinInput {
  title: string;
  resultId: string;
  chart: z.infer<typeof PinnedChart> | null;
  tags: string[];
}

/**
 * Stores a SQL result as a report (the reports stage will render and refresh it): the SQL and
 * source, the chart settings, and a snapshot of the result that survives cache eviction.
 */
export const pinReport = (cache: Cache, input: PinInput): z.infer<typeof PinnedReport> => {
  const meta = cache.results.get(input.resultId);
  if (!meta) throw new AisleError('not_found', 'That result is no longer in the cache; run the query again to pin it.');
  if (meta.status !== 'complete') throw new AisleError('invalid_input', 'Only a query that finished can be pinned.');
  const report = cache.reports.create({
    title: input.title,
    kind: 'sql',
    sourceId: meta.sourceId,
    spec: { sql: meta.sql, chart: input.chart },
    tags: input.tags,
  });
  const version = cache.reports.addVersion(report.id, { resultId: meta.id, snapshot: resultSnapshot(cache, meta) });
  return { id: report.id, title: report.title, version: version.version };
};

/** What a report keeps of a result: its columns and first rows, so it opens after the result is evicted. */
export const resultSnapshot = (cache: Cache, meta: ResultMeta): JsonValue => ({
  columns: meta.columns.map((column) => ({ name: column.name, type: column.type })),
  rows: cache.results.readRows(meta.id, 0, Math.min(SNAPSHOT_ROWS, meta.rowCount)),
  rowCount: meta.rowCount,
  truncated: meta.rowCount > SNAPSHOT_ROWS,
  asOf: meta.finishedAt ?? meta.startedAt,
  // What the run cost on BigQuery (null on local sources), shown with the report.
  bytesProcessed: meta.bytesProcessed,
  bytesBilled: meta.bytesBilled,
});
