import { z } from 'zod';
import type { ReportComparison } from '../../shared/contract/reports';
import { AisleError } from '../core/aisle-error';
import type { JsonValue } from '../cache/json-column';

const NUMERIC =
  /^(?:TINYINT|SMALLINT|INTEGER|INT\d*|BIGINT|HUGEINT|UBIGINT|UINTEGER|DOUBLE|FLOAT\d*|DECIMAL.*|NUMERIC.*|BIGNUMERIC.*|REAL)$/i;
/** Whole-number columns that name a period or a thing (year, month, week, an id) are labels, not measures. */
const LABEL_NAME = /(?:^|_)(?:year|quarter|month|week|day|hour|id|key|code|rank)$/i;

const TableSnapshot = z.object({
  columns: z.array(z.object({ name: z.string(), type: z.string() })),
  rows: z.array(z.array(z.json())),
});
const ForecastSnapshot = z.object({
  forecast: z.object({
    series: z.array(
      z.object({
        label: z.string(),
        forecast: z.array(z.object({ ds: z.string(), point: z.number(), lower: z.number(), upper: z.number() })),
      }),
    ),
  }),
});

type Table = z.infer<typeof TableSnapshot>;

/** Columns a snapshot says its rows are matched on (an explorer view: the product), when it says. */
const KeyHint = z.object({ keyColumns: z.array(z.string()).min(1) }).loose();

/** A forecast as a table: one row per series and period. */
export const tableOf = (snapshot: JsonValue): Table => {
  const table = TableSnapshot.safeParse(snapshot);
  if (table.success) return table.data;
  const forecast = ForecastSnapshot.safeParse(snapshot);
  if (forecast.success) {
    return {
      columns: [
        { name: 'series', type: 'VARCHAR' },
        { name: 'period', type: 'VARCHAR' },
        { name: 'forecast', type: 'DOUBLE' },
        { name: 'lower', type: 'DOUBLE' },
        { name: 'upper', type: 'DOUBLE' },
      ],
      rows: forecast.data.forecast.series.flatMap((series) =>
        series.forecast.map((point) => [series.label, point.ds, point.point, point.lower, point.upper]),
      ),
    };
  }
  throw new AisleError('invalid_input', 'These versions hold no table to compare.');
};

const text = (value: JsonValue | undefined): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
const number = (value: JsonValue | undefined): number | null => {
  if (value === null || value === undefined || typeof value === 'object') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
};

/**
 * Two versions of a report side by side: rows matched on their label columns (text, dates),
 * each numeric column shown before and after. Rows only in one version count as added or removed.
 * A snapshot that names its key columns is matched on those alone: an explorer view's product
 * whose top complaint changed is the same product, not one removed and one added.
 */
export const compareSnapshots = (before: JsonValue, after: JsonValue): ReportComparison => {
  const a = tableOf(before);
  const b = tableOf(after);
  const isLabel = (column: { name: string; type: string }): boolean =>
    !NUMERIC.test(column.type) || LABEL_NAME.test(column.name);
  const inBoth = (name: string): boolean =>
    [a, b].every((table) => table.columns.some((column) => column.name === name));
  const hinted = KeyHint.safeParse(after).data?.keyColumns.filter(inBoth) ?? [];
  const keyColumns = hinted.length > 0 ? hinted : b.columns.filter(isLabel).map((column) => column.name);
  const measures = b.columns
    .filter((column) => !isLabel(column) && a.columns.some((other) => other.name === column.name))
    .map((column) => column.name);
  const index = (table: Table, names: string[]): number[] =>
    names.map((name) => table.columns.findIndex((column) => column.name === name));
  const keyed = (table: Table): Map<string, { key: string[]; values: (number | null)[] }> => {
    const keys = index(table, keyColumns);
    const values = index(table, measures);
    return new Map(
      table.rows.map((row) => {
        const key = keys.map((position) => text(position < 0 ? null : row[position]));
        return [
          JSON.stringify(key),
          { key, values: values.map((position) => number(position < 0 ? null : row[position])) },
        ];
      }),
    );
  };
  // Rows are matched on their labels; without labels, or when labels repeat, by position.
  const usable = (table: Table): boolean => keyColumns.length > 0 && keyed(table).size === table.rows.length;
  const byPosition = !usable(a) || !usable(b);
  const keyedBy = (table: Table): Map<string, { key: string[]; values: (number | null)[] }> => {
    if (!byPosition) return keyed(table);
    const values = index(table, measures);
    const keys = index(table, keyColumns);
    return new Map(
      table.rows.map((row, position) => [
        String(position),
        {
          key: keys.length > 0 ? keys.map((at) => text(at < 0 ? null : row[at])) : [`row ${position + 1}`],
          values: values.map((at) => number(at < 0 ? null : row[at])),
        },
      ]),
    );
  };
  const was = keyedBy(a);
  const now = keyedBy(b);
  const rows = [...now].map(([id, row]) => ({
    key: row.key,
    before: was.get(id)?.values ?? measures.map(() => null),
    after: row.values,
  }));
  return {
    key: byPosition && keyColumns.length === 0 ? ['row'] : keyColumns,
    measures,
    rows,
    added: [...now.keys()].filter((id) => !was.has(id)).length,
    removed: [...was.keys()].filter((id) => !now.has(id)).length,
  };
};
