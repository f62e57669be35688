import type { DuckDBConnection } from '@duckdb/node-api';
import { csvReadSql } from './csv-read-sql';
import type { DateFormat } from './date-formats';
import type { InspectedSource } from './inspect-source';
import { PLAIN_NUMBERS } from './number-style';
import { sqlIdentifier, sqlString } from './sql-text';

export interface ResolvedDates {
  format: DateFormat;
  note: string;
}

/**
 * Settles day/month against month/day when the first rows could not (every day was 12 or
 * less), by trying both readings on the whole column: a single 25/01 or 01/25 decides.
 */
export const resolveDateOrder = async (
  connection: DuckDBConnection,
  source: InspectedSource,
  column: string,
  format: DateFormat,
): Promise<ResolvedDates> => {
  const { alternative } = format;
  if (alternative === null || format.strptime === null || alternative.strptime === null) {
    return { format, note: `Dates were read as ${format.label}.` };
  }
  const from =
    source.format === 'csv'
      ? csvReadSql({
          path: source.readPath,
          compression: source.compression,
          encoding: source.encoding,
          dialect: source.dialect,
          columns: source.columns.map((item) => ({ name: item.name, type: 'VARCHAR' })),
          numberStyle: PLAIN_NUMBERS,
          skipBadRows: true,
        })
      : `read_parquet(${sqlString(source.readPath)})`;
  const value = `trim(${sqlIdentifier(column)})`;
  const reader = await connection.runAndReadAll(
    `SELECT count(try_strptime(${value}, ${sqlString(format.strptime)}))::DOUBLE AS preferred,
            count(try_strptime(${value}, ${sqlString(alternative.strptime)}))::DOUBLE AS other
     FROM ${from}`,
  );
  const counts = (reader.getRowObjectsJson()[0] ?? {}) as { preferred?: number; other?: number };
  const preferred = counts.preferred ?? 0;
  const other = counts.other ?? 0;
  if (other > preferred) {
    return {
      format: { ...alternative, alternative: null },
      note: `Dates were read as ${alternative.label}: further down, the file has dates that only make sense that way.`,
    };
  }
  if (preferred > other) {
    return {
      format: { ...format, alternative: null },
      note: `Dates were read as ${format.label}: further down, the file has dates that only make sense that way.`,
    };
  }
  return {
    format: { ...format, alternative: null },
    note: `No date in the file has a day above 12, so Aisle cannot tell ${format.label} from ${alternative.label}; it read them as ${format.label}. If that is wrong, export the dates as YYYY-MM-DD and import the file again.`,
  };
};
