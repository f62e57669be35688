/** A SQL string literal; file paths and column names come from the person's file, so always quote. */
export const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** A SQL identifier, quoted so any column name of a file ("Unit Price", "order") is safe. */
export const sqlIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
