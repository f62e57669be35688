import type { HistoryItem, QueryResultMeta } from '../../shared/contract';
import type { HistoryEntry, ResultMeta } from '../cache';
import { errorPosition, withoutExcerpt } from './error-position';
import type { RunRecord } from './history-link';
import { rowLimitNote } from './limits';

/**
 * A cached result as the editor sees it. The cache keeps the engine's message whole (with
 * DuckDB's line excerpt), so the error's place can be worked out again after a restart; the
 * editor gets the place as `errorPosition` and the words without the excerpt.
 *
 * `startedAt` is the run's (from history): the cache starts a result only once the engine
 * knows its columns, which for an aggregation is after most of the work. `historyId` is empty
 * when the history entry was cleared.
 */
export const toQueryResultMeta = (meta: ResultMeta, run: RunRecord | null, maxRows: number): QueryResultMeta => {
  const result: QueryResultMeta = {
    resultId: meta.id,
    historyId: run?.id ?? '',
    sourceId: meta.sourceId,
    sql: meta.sql,
    columns: meta.columns,
    rowCount: meta.rowCount,
    status: meta.status,
    error: meta.error === null ? null : withoutExcerpt(meta.error),
    errorPosition: meta.status === 'failed' && meta.error !== null ? errorPosition(meta.error, meta.sql) : null,
    startedAt: run?.startedAt ?? meta.startedAt,
    finishedAt: meta.finishedAt,
    elapsedMs: meta.elapsedMs,
    bytesProcessed: meta.bytesProcessed,
    bytesBilled: meta.bytesBilled,
    cacheHit: meta.cacheHit,
    estimateBytes: meta.estimateBytes,
  };
  return meta.status === 'complete' && meta.rowCount >= maxRows ? { ...result, note: rowLimitNote(maxRows) } : result;
};

export const toHistoryItem = (entry: HistoryEntry): HistoryItem => ({
  id: entry.id,
  sourceId: entry.sourceId,
  sql: entry.sql,
  status: entry.status,
  error: entry.error === null ? null : withoutExcerpt(entry.error),
  startedAt: entry.startedAt,
  finishedAt: entry.finishedAt,
  elapsedMs: entry.elapsedMs,
  rowCount: entry.rowCount,
  resultId: entry.resultId,
});
