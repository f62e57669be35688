import Database from 'better-sqlite3';

/** The SQLite result code of an error thrown by better-sqlite3 (`SQLITE_CORRUPT`, …), if it is one. */
export const sqliteCode = (error: unknown): string | undefined =>
  error instanceof Database.SqliteError ? error.code : undefined;

export const isUniqueViolation = (error: unknown): boolean =>
  sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE' || sqliteCode(error) === 'SQLITE_CONSTRAINT_PRIMARYKEY';

export const isForeignKeyViolation = (error: unknown): boolean => sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY';

/** Errors that mean the file is not a usable database, as opposed to busy, locked or unreadable. */
export const isDamagedFileError = (error: unknown): boolean => {
  const code = sqliteCode(error);
  return (
    code !== undefined && (code === 'SQLITE_NOTADB' || code === 'SQLITE_FORMAT' || code.startsWith('SQLITE_CORRUPT'))
  );
};
