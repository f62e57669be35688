import type { Cache } from '../cache';

/** The history entry behind a result: its id, and when the person pressed Run. */
export interface RunRecord {
  id: string;
  startedAt: string;
}

/**
 * The history entry of the run that produced a result. The history store has no lookup by
 * result, so this reads its table directly (indexed on result_id). Null when no entry points at
 * the result any more (the entry was cleared); the result itself stays readable.
 */
export const runOfResult = (cache: Cache, resultId: string): RunRecord | null => {
  const row = cache.db
    .prepare<[string], { id: string; started_at: string }>(
      'SELECT id, started_at FROM query_history WHERE result_id = ? ORDER BY started_at DESC, rowid DESC LIMIT 1',
    )
    .get(resultId);
  return row === undefined ? null : { id: row.id, startedAt: row.started_at };
};
