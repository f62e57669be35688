import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import type { Clock } from './clock';
import { readUserVersion } from './migrate';
import { isDamagedFileError } from './sqlite-errors';

export type CacheFileState =
  { state: 'missing' } | { state: 'healthy'; userVersion: number } | { state: 'damaged'; reason: string };

/**
 * Looks at an existing cache file without changing it: a read-only connection, a quick_check
 * (every page and index readable and consistent; cheaper than integrity_check, which also
 * cross-checks index contents) and the schema version. Errors other than damage (locked,
 * unreadable folder) are thrown, because moving a healthy file aside would lose data.
 */
export const inspectCacheFile = (filePath: string): CacheFileState => {
  if (!existsSync(filePath)) return { state: 'missing' };
  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as Array<Record<string, unknown>>;
    const problems = rows.map((row) => String(Object.values(row)[0])).filter((text) => text !== 'ok');
    if (problems.length > 0) return { state: 'damaged', reason: problems.slice(0, 3).join('; ') };
    return { state: 'healthy', userVersion: readUserVersion(db) };
  } catch (error) {
    if (isDamagedFileError(error)) return { state: 'damaged', reason: (error as Error).message };
    throw error;
  } finally {
    db?.close();
  }
};

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Renames a damaged cache to `<name>.corrupt-<timestamp>` (its -wal/-shm/-journal follow with
 * the same suffixes, so the set can still be opened for recovery) and returns the new path.
 */
export const moveAside = (filePath: string, clock: Clock): string => {
  const stamp = clock().toISOString().replace(/[:.]/g, '-');
  let target = `${filePath}.corrupt-${stamp}`;
  for (let attempt = 2; existsSync(target); attempt += 1) target = `${filePath}.corrupt-${stamp}-${attempt}`;
  renameSync(filePath, target);
  for (const suffix of SIDE_FILES) {
    if (existsSync(filePath + suffix)) renameSync(filePath + suffix, target + suffix);
  }
  return target;
};
