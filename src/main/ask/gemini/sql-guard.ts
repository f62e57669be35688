import type { QueryEstimate } from '../../../shared/contract';
import { scanSql, splitStatements, type SqlDialect } from '../../../shared/sql';
import { AisleError } from '../../core/aisle-error';
import { estimateQuery } from '../../query/estimate';
import type { Warehouse } from '../../warehouse/warehouse';

/**
 * The gate in front of SQL a model wrote. Two independent checks, both required: the text
 * (one statement, a SELECT, no statement keyword that writes or changes state anywhere in it)
 * and the engine's own reading of it (a dry run that must say SELECT and read-only). A model's
 * query reaches a warehouse only through `guardGeneratedSql`.
 */

/** Words that begin statements which write, change state or run other statements. */
const forbiddenWords = [
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'CREATE',
  'DROP',
  'ALTER',
  'TRUNCATE',
  'GRANT',
  'REVOKE',
  'CALL',
  'EXECUTE',
  'EXPORT',
  'IMPORT',
  'LOAD',
  'COPY',
  'ATTACH',
  'DETACH',
  'INSTALL',
  'PRAGMA',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'DECLARE',
  'VACUUM',
  'CHECKPOINT',
] as const;
const forbidden = new RegExp(`\\b(${forbiddenWords.join('|')})\\b`, 'gi');

/**
 * DuckDB table functions that read files, URLs or other databases, or run SQL from a string:
 * a query over the source's tables never needs them, and a prompt injection would.
 */
const duckDbOutside =
  /\b(read_\w+|parquet_\w+|glob|sniff_csv|st_read|iceberg_\w+|delta_scan|\w+_scan|query|query_table|getenv)\s*\(/i;

const STRING = '\u0001s\u0001';
const IDENT = '\u0001i\u0001';

/** The statement with strings, quoted names and comments replaced by markers: only code is left to read. */
const skeleton = (sql: string, dialect: SqlDialect): string =>
  scanSql(sql, dialect)
    .map((segment) => {
      switch (segment.kind) {
        case 'code':
          return sql.slice(segment.start, segment.end);
        case 'string':
          return ` ${STRING} `;
        case 'quoted-identifier':
          return ` ${IDENT} `;
        case 'comment':
          return ' ';
      }
    })
    .join('');

const refuse = (why: string): AisleError =>
  new AisleError('invalid_input', `Aisle only runs queries that read data, and this one ${why}`, { field: 'sql' });

/**
 * Checks, from the text alone, that `sql` is exactly one read-only query: a SELECT or WITH …
 * SELECT (after any comments), with no INSERT/UPDATE/DELETE/MERGE/CREATE/DROP/ALTER/TRUNCATE/
 * GRANT/CALL/EXECUTE IMMEDIATE/EXPORT DATA/LOAD DATA/BEGIN (and the like) anywhere in its code.
 * Returns the statement without a trailing `;`; throws AisleError 'invalid_input' saying why not.
 */
export const checkReadOnlySql = (sql: string, dialect: SqlDialect): string => {
  const statements = splitStatements(sql, dialect);
  const [statement] = statements;
  if (!statement) throw refuse('is empty: it holds no statement.');
  if (statements.length > 1) {
    throw refuse(`holds ${statements.length} statements; a query must be exactly one SELECT.`);
  }
  const code = skeleton(statement.text, dialect);
  const first = /^[\s(]*([A-Za-z]+)/.exec(code)?.[1]?.toUpperCase();
  if (first !== 'SELECT' && first !== 'WITH') {
    throw refuse(`starts with ${first ?? 'something other than a keyword'}, not SELECT or WITH.`);
  }
  for (const match of code.matchAll(forbidden)) {
    // `t.update` is a column of t, not a statement.
    if (code.slice(0, match.index).trimEnd().endsWith('.')) continue;
    throw refuse(`contains ${(match[1] ?? '').toUpperCase()}, which changes data or runs other statements.`);
  }
  if (dialect === 'duckdb') {
    const outside = duckDbOutside.exec(code);
    if (outside) {
      throw refuse(
        `calls ${outside[1] ?? 'a function'}(), which reads files or runs other SQL; ask about the source's own tables.`,
      );
    }
    // DuckDB reads a file named in FROM: FROM 'orders.csv'.
    if (new RegExp(`\\b(FROM|JOIN)\\s*${STRING}`, 'i').test(code)) {
      throw refuse('reads a file named in FROM; ask about the source’s own tables.');
    }
  }
  return statement.text;
};

/**
 * The engine's verdict: a dry run (BigQuery) or a prepare (DuckDB), which never executes, must
 * report one SELECT that only reads. Returns the estimate (bytes and cost for BigQuery) to show.
 */
export const dryRunCheck = async (warehouse: Warehouse, sql: string): Promise<QueryEstimate> => {
  const estimate = await estimateQuery(warehouse, sql);
  if (estimate.statementType.toUpperCase() !== 'SELECT' || !estimate.readOnly) {
    throw refuse(`is a ${estimate.statementType} statement to the warehouse, not a read-only SELECT.`);
  }
  return estimate;
};

/**
 * The only way a model's SQL may run: the text check, then the dry run. Returns the statement
 * to hand to the query runner (which adds the cost guard, history and cache) and its estimate.
 */
export const guardGeneratedSql = async (
  warehouse: Warehouse,
  sql: string,
): Promise<{ sql: string; estimate: QueryEstimate }> => {
  const checked = checkReadOnlySql(sql, warehouse.dialect);
  try {
    return { sql: checked, estimate: await dryRunCheck(warehouse, checked) };
  } catch (error) {
    if (error instanceof AisleError && error.code === 'invalid_input' && !error.message.startsWith('Aisle only')) {
      throw new AisleError('invalid_input', `The query Gemini wrote does not run on this source: ${error.message}`, {
        field: 'sql',
        cause: error,
      });
    }
    throw error;
  }
};
