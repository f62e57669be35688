import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportReject } from '../../shared/contract/import';
import type { InspectedSource } from './inspect-source';
import { lineNumbersAt } from './line-numbers';
import { describeRejects, type ReasonContext, type RejectError } from './reject-reasons';

/** Rejected lines looked at in detail; the result lists at most 100 of them anyway. */
const DETAILED_LINES = 101;

export interface CollectedRejects {
  /** Rows left out, counting every line a broken quote swallowed. */
  count: number;
  /** The first rejected rows with their reasons, in file order. */
  rejects: ImportReject[];
}

const countCsvRejects = async (connection: DuckDBConnection): Promise<number> => {
  const reader = await connection.runAndReadAll(`
    SELECT coalesce(sum(1 + extra), 0)::DOUBLE
    FROM (
      SELECT line, max(CASE WHEN error_type::VARCHAR = 'UNQUOTED VALUE'
                            THEN length(csv_line) - length(replace(csv_line, chr(10), '')) ELSE 0 END) AS extra
      FROM reject_errors GROUP BY line
    )`);
  return Number(reader.getRows()[0]?.[0] ?? 0);
};

const csvRejects = async (
  connection: DuckDBConnection,
  source: Extract<InspectedSource, { format: 'csv' }>,
  context: ReasonContext,
): Promise<CollectedRejects> => {
  const count = await countCsvRejects(connection);
  if (count === 0) return { count, rejects: [] };
  const reader = await connection.runAndReadAll(`
    SELECT min(line_byte_position) OVER (PARTITION BY line)::DOUBLE AS position,
           column_name, error_type::VARCHAR AS error_type, csv_line, error_message
    FROM reject_errors
    WHERE line IN (SELECT DISTINCT line FROM reject_errors ORDER BY line LIMIT ${DETAILED_LINES})
    ORDER BY line, column_idx`);
  const rows = reader.getRowObjectsJson() as Array<{
    position: number;
    column_name: string | null;
    error_type: string;
    csv_line: string | null;
    error_message: string | null;
  }>;
  const lines = await lineNumbersAt(
    source.readPath,
    source.compression,
    source.encoding,
    rows.map((row) => row.position),
  );
  const errors: RejectError[] = rows.map((row) => ({
    line: lines.get(row.position) ?? 0,
    columnName: row.column_name,
    errorType: row.error_type,
    csvLine: row.csv_line ?? '',
    errorMessage: row.error_message ?? '',
  }));
  return { count, rejects: describeRejects(errors, context) };
};

const parquetRejects = async (connection: DuckDBConnection): Promise<CollectedRejects> => {
  const counted = await connection.runAndReadAll('SELECT count(*)::DOUBLE FROM import_rejects');
  const count = Number(counted.getRows()[0]?.[0] ?? 0);
  const reader = await connection.runAndReadAll(
    `SELECT row::DOUBLE AS row, reason FROM import_rejects ORDER BY row LIMIT ${DETAILED_LINES}`,
  );
  return { count, rejects: reader.getRowObjectsJson() as ImportReject[] };
};

/** The rows the load left out: DuckDB's reject tables for CSV, our own for Parquet. */
export const collectRejects = (
  connection: DuckDBConnection,
  source: InspectedSource,
  context: ReasonContext,
): Promise<CollectedRejects> =>
  source.format === 'csv' ? csvRejects(connection, source, context) : parquetRejects(connection);
