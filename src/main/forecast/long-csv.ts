import { existsSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { AisleError } from '../core/aisle-error';
import { addDays, addMonths } from '../semantic/periods';

/** One series of a long-format file: its id, its time stamps (dates or integer steps) and values. */
export interface LongSeries {
  id: string;
  ds: (string | number)[];
  y: (number | null)[];
}

export type Spacing = { kind: 'index' } | { kind: 'days'; days: number } | { kind: 'months'; months: number };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads `id,ds,y` (any order, a header row) with DuckDB's CSV reader: quoting, gzip and number
 * formats handled by a well-kept parser. `ds` is a date (YYYY-MM-DD) or an integer step.
 */
export const readLongCsv = async (path: string): Promise<LongSeries[]> => {
  if (!existsSync(path)) throw new AisleError('not_found', `There is no file at ${path}.`, { field: 'input' });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const escaped = path.replace(/'/g, "''");
    const source = `read_csv('${escaped}', header = true, all_varchar = true)`;
    let columns: string[];
    try {
      const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
      columns = described.getRows().map(([name]) => String(name));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new AisleError('invalid_input', `The file could not be read as CSV: ${message.split('\n')[0] ?? message}`, {
        field: 'input',
      });
    }
    const missing = ['id', 'ds', 'y'].filter((name) => !columns.some((column) => column.toLowerCase() === name));
    if (missing.length > 0) {
      throw new AisleError(
        'invalid_input',
        `The file needs the columns id, ds and y (a header row naming them); it has ${columns.join(', ')}.`,
        { field: 'input' },
      );
    }
    const reader = await connection.runAndReadAll(
      `SELECT CAST(id AS VARCHAR) AS id, CAST(ds AS VARCHAR) AS ds, TRY_CAST(y AS DOUBLE) AS y FROM ${source} ORDER BY 1, 2`,
    );
    const series = new Map<string, LongSeries>();
    for (const [id, ds, y] of reader.getRows()) {
      const key = String(id ?? '');
      const stamp = String(ds ?? '').trim();
      if (!DATE.test(stamp) && !/^-?\d+$/.test(stamp)) {
        throw new AisleError(
          'invalid_input',
          `Series ${key}: "${stamp}" in ds is neither a date (YYYY-MM-DD) nor a whole number.`,
          {
            field: 'input',
          },
        );
      }
      const entry = series.get(key) ?? { id: key, ds: [], y: [] };
      entry.ds.push(DATE.test(stamp) ? stamp : Number(stamp));
      entry.y.push(typeof y === 'number' && Number.isFinite(y) ? y : null);
      series.set(key, entry);
    }
    for (const entry of series.values()) {
      // Integer steps sort as text in SQL; put them in numeric order.
      if (typeof entry.ds[0] === 'number') {
        const order = entry.ds.map((_, index) => index).sort((a, b) => Number(entry.ds[a]) - Number(entry.ds[b]));
        entry.ds = order.map((index) => entry.ds[index] ?? 0);
        entry.y = order.map((index) => entry.y[index] ?? null);
      }
    }
    if (series.size === 0) throw new AisleError('invalid_input', 'The file has no rows.', { field: 'input' });
    return [...series.values()];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
};

const dayDiff = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** The series' step: integer index, a number of days (1 daily, 7 weekly) or months. */
export const spacingOf = (ds: readonly (string | number)[]): Spacing => {
  if (typeof ds[0] === 'number') return { kind: 'index' };
  const dates = ds as string[];
  const gaps = dates.slice(1).map((date, index) => dayDiff(dates[index] ?? date, date));
  const smallest = Math.min(...gaps.filter((gap) => gap > 0));
  if (!Number.isFinite(smallest)) return { kind: 'days', days: 1 };
  if (smallest >= 28 && smallest <= 31) return { kind: 'months', months: 1 };
  if (smallest >= 89 && smallest <= 92) return { kind: 'months', months: 3 };
  return { kind: 'days', days: smallest };
};

/** Fills the series onto a regular grid (missing steps become null) so the engine sees every period. */
export const regularise = (series: LongSeries, spacing: Spacing): { ds: (string | number)[]; y: (number | null)[] } => {
  const first = series.ds[0];
  const last = series.ds.at(-1);
  if (first === undefined || last === undefined) return { ds: [], y: [] };
  const seen = new Set<string>();
  for (const stamp of series.ds) {
    const key = String(stamp);
    if (seen.has(key)) {
      throw new AisleError('invalid_input', `Series ${series.id} has ${key} twice; give each period one value.`, {
        field: 'input',
      });
    }
    seen.add(key);
  }
  const byStamp = new Map(series.ds.map((stamp, index) => [String(stamp), series.y[index] ?? null]));
  const ds: (string | number)[] = [];
  // Each stamp counts from the first one (not from the one before), so month ends stay month ends.
  for (let index = 0; ; index += 1) {
    const stamp = step(first, spacing, index);
    if (typeof stamp === 'number' ? stamp > Number(last) : stamp > String(last)) break;
    ds.push(stamp);
    if (ds.length > 1_000_000) throw new AisleError('invalid_input', `Series ${series.id} spans too many steps.`);
  }
  return { ds, y: ds.map((stamp) => byStamp.get(String(stamp)) ?? null) };
};

const monthEnd = (date: string): boolean => addDays(date, 1).slice(8, 10) === '01';

/** `count` steps from a stamp; a month-end date steps to month ends (31 Jan, 29 Feb, 31 Mar…). */
export const step = (stamp: string | number, spacing: Spacing, count: number): string | number => {
  if (typeof stamp === 'number' || spacing.kind === 'index') return Number(stamp) + count;
  if (spacing.kind === 'days') return addDays(stamp, spacing.days * count);
  if (!monthEnd(stamp)) return addMonths(stamp, spacing.months * count);
  return addDays(addMonths(`${stamp.slice(0, 7)}-01`, spacing.months * count + 1), -1);
};

/** The season a spacing usually has when the caller names none: a week of days, a year of weeks or months. */
export const defaultSeasonLength = (spacing: Spacing): number[] =>
  spacing.kind === 'days'
    ? spacing.days === 1
      ? [7, 365]
      : spacing.days === 7
        ? [52]
        : []
    : spacing.kind === 'months'
      ? [spacing.months === 3 ? 4 : 12]
      : [];
