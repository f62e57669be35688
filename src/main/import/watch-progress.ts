import type { DuckDBConnection } from '@duckdb/node-api';

const INTERVAL_MS = 150;

/**
 * Reports DuckDB's progress on the connection's running statement (0..1) every 150 ms until
 * the returned function is called. The progress bar has to be on for DuckDB to track it.
 */
export const watchProgress = async (
  connection: DuckDBConnection,
  report: (fraction: number) => void,
): Promise<() => void> => {
  await connection.run(
    'SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0',
  );
  const timer = setInterval(() => {
    const { percentage } = connection.progress;
    if (percentage >= 0) report(Math.min(1, percentage / 100));
  }, INTERVAL_MS);
  return () => clearInterval(timer);
};
