import { basename } from 'node:path';
import { AisleError } from '../core/aisle-error';
import { listSqlFiles, readSqlFile } from '../platform/sql-files';

/** One schema step: `sql/cache/NNN_name.sql` becomes `{ version: NNN, name }`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/;

const broken = (detail: string): AisleError =>
  new AisleError('internal', `Aisle's cache migrations are incomplete (${detail}). Reinstall Aisle.`);

/**
 * Turns migration files into the ordered list the runner applies, insisting on versions
 * 1, 2, 3… with no gap or duplicate: a missing file would otherwise silently skip a step.
 */
export const migrationsFromFiles = (files: ReadonlyArray<{ path: string; sql: string }>): Migration[] => {
  const migrations = files.map(({ path, sql }) => {
    const match = FILE_NAME.exec(basename(path));
    if (!match?.[1] || !match[2]) throw broken(`"${basename(path)}" is not named like 001_name.sql`);
    return { version: Number(match[1]), name: `${match[1]}_${match[2]}`, sql };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw broken(`expected version ${index + 1}, found ${migration.name}`);
  });
  return migrations;
};

/** The migrations shipped in `sql/cache/`. */
export const loadCacheMigrations = (): Migration[] =>
  migrationsFromFiles(listSqlFiles('cache').map((path) => ({ path, sql: readSqlFile(path) })));

export const latestVersion = (migrations: readonly Migration[]): number => migrations.at(-1)?.version ?? 0;
