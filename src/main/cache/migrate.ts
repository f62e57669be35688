import type Database from 'better-sqlite3';
import { AisleError } from '../core/aisle-error';
import { latestVersion, type Migration } from './migrations';

export interface MigrationOutcome {
  from: number;
  to: number;
  applied: string[];
}

export const readUserVersion = (db: Database.Database): number => {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error(`PRAGMA user_version returned ${typeof version}`);
  return version;
};

export const newerCacheError = (filePath: string, found: number, known: number): AisleError =>
  new AisleError(
    'unavailable',
    `The cache at ${filePath} was written by a newer version of Aisle (cache version ${found}; this Aisle knows up to ${known}). ` +
      'Update Aisle to open it. The file was left as it is.',
  );

/**
 * Brings the schema to the latest version: every pending migration and the new user_version
 * in ONE transaction, so a failure leaves the file exactly as it was. A database newer than
 * this code is refused untouched (an older Aisle cannot know what a newer schema means).
 */
export const migrate = (db: Database.Database, migrations: readonly Migration[]): MigrationOutcome => {
  const latest = latestVersion(migrations);
  const before = readUserVersion(db);
  if (before > latest) throw newerCacheError(db.name, before, latest);
  if (before === latest) return { from: before, to: before, applied: [] };

  const run = db.transaction((): MigrationOutcome => {
    // Read again under the write lock: another process may have migrated since the first read.
    const from = readUserVersion(db);
    if (from > latest) throw newerCacheError(db.name, from, latest);
    const applied: string[] = [];
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new AisleError(
          'internal',
          `Aisle could not update its cache (step ${migration.name} failed), so nothing was changed. ` +
            'Restart Aisle; if this keeps happening, report it with the log.',
          { cause: error },
        );
      }
      // user_version lives in the file header and is part of this transaction.
      db.pragma(`user_version = ${migration.version}`);
      applied.push(migration.name);
    }
    return { from, to: latest, applied };
  });
  // IMMEDIATE takes the write lock at BEGIN, so two processes opening an old cache at once
  // migrate one after the other instead of failing with SQLITE_BUSY halfway.
  return run.immediate();
};
