import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import { Cache } from './cache';
import { inspectCacheFile, moveAside } from './cache-file';
import { systemClock, type Clock } from './clock';
import { configureConnection } from './connection';
import { interruptAbandoned } from './interrupt-abandoned';
import { migrate, newerCacheError } from './migrate';
import { latestVersion, loadCacheMigrations, type Migration } from './migrations';
import { isProcessAlive } from './process-alive';

export const CACHE_FILE_NAME = 'cache.sqlite';

/** Where the cache lives inside Aisle's data folder. */
export const cacheFilePath = (dataDir: string): string => join(dataDir, CACHE_FILE_NAME);

export interface OpenCacheOptions {
  /** Defaults to the migrations shipped in sql/cache; tests pass their own. */
  migrations?: readonly Migration[];
  clock?: Clock;
  /** Whether the process that left a result 'running' still exists; see interruptAbandoned. */
  isProcessAlive?: (pid: number) => boolean;
  pageSize?: number;
}

export interface OpenedCache {
  cache: Cache;
  /** Something the person should be told (a damaged cache was replaced), or null. */
  notice: string | null;
}

const cannotOpen = (filePath: string, cause: unknown): AisleError =>
  new AisleError(
    'unavailable',
    `Aisle could not open its cache at ${filePath}${cause instanceof Error ? ` (${cause.message})` : ''}. ` +
      'Check that the folder exists, that you can write to it and that the disk is not full, then start Aisle again.',
    { cause },
  );

/**
 * Opens (creating when missing) the cache file, brings its schema up to date and returns it.
 * A file that is not a readable database is moved aside and replaced with a fresh one, and the
 * returned notice says where the old file went. A cache from a newer Aisle is refused untouched.
 */
export const openCache = (filePath: string, log: Log, options: OpenCacheOptions = {}): OpenedCache => {
  const migrations = options.migrations ?? loadCacheMigrations();
  const clock = options.clock ?? systemClock;
  const latest = latestVersion(migrations);
  let notice: string | null = null;

  let existing;
  try {
    mkdirSync(dirname(filePath), { recursive: true });
    existing = inspectCacheFile(filePath);
  } catch (error) {
    throw cannotOpen(filePath, error);
  }
  if (existing.state === 'healthy' && existing.userVersion > latest)
    throw newerCacheError(filePath, existing.userVersion, latest);
  if (existing.state === 'damaged') {
    const movedTo = moveAside(filePath, clock);
    log(`cache ${filePath} is damaged (${existing.reason}); moved it to ${movedTo} and started a fresh one`);
    notice =
      `Aisle's cache file was damaged and could not be read, so Aisle started a new, empty one. ` +
      `Query history, saved queries, conversations and reports kept in the old file are not shown. ` +
      `The old file was moved to ${movedTo}; keep it if you want to try to recover something from it, or delete it.`;
  }

  let db: Database.Database;
  try {
    db = new Database(filePath);
  } catch (error) {
    throw cannotOpen(filePath, error);
  }
  try {
    configureConnection(db, log);
    const outcome = migrate(db, migrations);
    if (outcome.applied.length > 0)
      log(`cache ${filePath}: schema ${outcome.from} -> ${outcome.to} (${outcome.applied.join(', ')})`);
    const interrupted = interruptAbandoned(db, clock, options.isProcessAlive ?? isProcessAlive);
    if (interrupted.results + interrupted.history > 0)
      log(
        `cache ${filePath}: marked ${interrupted.results} result(s) and ${interrupted.history} history entr(ies) left running by a closed process as interrupted`,
      );
  } catch (error) {
    db.close();
    throw error instanceof AisleError ? error : cannotOpen(filePath, error);
  }
  const cacheOptions = options.pageSize === undefined ? { clock } : { clock, pageSize: options.pageSize };
  return { cache: new Cache(db, filePath, cacheOptions), notice };
};
