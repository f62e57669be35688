import type { SqlDialect } from './dialect';

export interface ViewOptions {
  sort?: { column: string; direction: 'asc' | 'desc' } | null;
  /** Keep rows whose text (any column) contains this, ignoring case. */
  filter?: string | null;
}

const quoteIdentifier = (dialect: SqlDialect, name: string): string =>
  dialect === 'bigquery' ? `\`${name.replaceAll('`', '\\`')}\`` : `"${name.replaceAll('"', '""')}"`;

const quoteString = (dialect: SqlDialect, text: string): string =>
  dialect === 'bigquery'
    ? `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
    : `'${text.replaceAll("'", "''")}'`;

/** Escapes LIKE's wildcards so the filter matches its text literally. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Sorting and filtering a result in the grid: the statement the result came from, wrapped so
 * the engine sorts and filters it (fast, and right for a million rows, which the page never
 * holds). The filter matches any column's text: DuckDB casts the row to text, BigQuery to JSON.
 */
export const viewQuery = (statement: string, dialect: SqlDialect, options: ViewOptions): string => {
  const inner = statement.trim().replace(/;\s*$/, '');
  const where =
    options.filter && options.filter.trim() !== ''
      ? dialect === 'bigquery'
        ? `\nWHERE LOWER(TO_JSON_STRING(aisle_view)) LIKE ${quoteString(dialect, `%${likeLiteral(options.filter.trim().toLowerCase())}%`)}`
        : `\nWHERE CAST(aisle_view AS VARCHAR) ILIKE ${quoteString(dialect, `%${likeLiteral(options.filter.trim())}%`)} ESCAPE '\\'`
      : '';
  const order = options.sort
    ? `\nORDER BY ${quoteIdentifier(dialect, options.sort.column)} ${options.sort.direction === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`
    : '';
  return `SELECT *\nFROM (\n${inner}\n) AS aisle_view${where}${order}`;
};
