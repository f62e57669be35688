import type Database from 'better-sqlite3';
import type { Clock } from './clock';

/** No query runs this long (BigQuery stops jobs at 6 hours), so older 'running' rows are abandoned even if their pid was reused. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

export const INTERRUPTED_MESSAGE =
  'Aisle stopped before this query finished (the app was closed or crashed). Run it again.';

type Table = 'query_results' | 'query_history';

interface RunningRow {
  id: string;
  writer_pid: number | null;
  started_at: string;
}

export interface InterruptedCounts {
  results: number;
  history: number;
}

/**
 * Marks results and history entries left 'running' by a process that is gone as 'interrupted'.
 * The CLI, web mode and the app share one cache file, so a row whose writer is still alive is
 * someone else's query in progress and is left alone.
 */
export const interruptAbandoned = (
  db: Database.Database,
  clock: Clock,
  isAlive: (pid: number) => boolean,
): InterruptedCounts => {
  const now = clock();
  const abandoned = (row: RunningRow): boolean =>
    row.writer_pid === null ||
    !isAlive(row.writer_pid) ||
    now.getTime() - Date.parse(row.started_at) > ABANDONED_AFTER_MS;

  const find = (table: Table): string[] =>
    db
      .prepare<[], RunningRow>(`SELECT id, writer_pid, started_at FROM ${table} WHERE status = 'running'`)
      .all()
      .filter(abandoned)
      .map((row) => row.id);
  const mark = (table: Table, ids: readonly string[]): number => {
    const update = db.prepare<[string, string, string]>(
      `UPDATE ${table} SET status = 'interrupted', error = ?, finished_at = ? WHERE id = ? AND status = 'running'`,
    );
    return ids.reduce((count, id) => count + update.run(INTERRUPTED_MESSAGE, now.toISOString(), id).changes, 0);
  };

  const results = find('query_results');
  const history = find('query_history');
  // Most opens find nothing, and then take no write lock at all.
  if (results.length + history.length === 0) return { results: 0, history: 0 };
  return db
    .transaction(() => ({ results: mark('query_results', results), history: mark('query_history', history) }))
    .immediate();
};
