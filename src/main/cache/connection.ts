import type Database from 'better-sqlite3';
import type { Log } from '../core/logger';

/** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * Per-connection settings. WAL lets the renderer page through one result while another is
 * being written (and lets the CLI and the app share the file); synchronous=NORMAL in WAL mode
 * never corrupts and never loses a commit when the app crashes, only (at most) the last
 * commits on a power cut, which a cache can afford.
 */
export const configureConnection = (db: Database.Database, log: Log): void => {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal')
    log(`cache ${db.name}: journal_mode is ${String(mode)}, not wal (file system without shared memory?)`);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Writing a million-row result grows the -wal file; after a checkpoint, shrink it back.
  db.pragma('journal_size_limit = 67108864');
};
