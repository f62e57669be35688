/** SQL literals for the generator's own catalogue values (never user input). */
export type SqlScalar = string | number | boolean | null | readonly string[];

export const sqlLiteral = (value: SqlScalar): string => {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  return `[${value.map((item) => sqlLiteral(item)).join(', ')}]`;
};

/** `CREATE TEMP TABLE name AS SELECT * FROM (VALUES …) t(columns)` for a small list of rows. */
export const valuesTable = (
  name: string,
  columns: readonly string[],
  rows: readonly (readonly SqlScalar[])[],
): string =>
  `CREATE OR REPLACE TEMP TABLE ${name} AS SELECT * FROM (VALUES ${rows
    .map((row) => `(${row.map(sqlLiteral).join(', ')})`)
    .join(',\n')}) t(${columns.join(', ')});`;

/** Fills `{{name}}` placeholders; every placeholder must have a value, so a typo fails loudly. */
export const fillTemplate = (sql: string, values: Readonly<Record<string, string | number>>): string =>
  sql.replace(/\{\{(\w+)\}\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`The SQL template needs a value for {{${key}}}.`);
    return String(value);
  });
