import { importConcepts, mappedPairs, type ImportConcept, type ImportMapping } from '../../shared/contract/import';
import { csvReadSql } from './csv-read-sql';
import type { DateFormat } from './date-formats';
import type { InspectedSource } from './inspect-source';
import { nonProductSql } from './non-product';
import type { NumberStyle } from './number-style';
import { FLAG_COLUMNS, originalColumnNames } from './output-names';
import { sqlIdentifier, sqlString } from './sql-text';

/** The type each concept is stored as. */
export const conceptTypes: Readonly<Record<ImportConcept, 'VARCHAR' | 'TIMESTAMP' | 'DOUBLE'>> = {
  order_id: 'VARCHAR',
  date: 'TIMESTAMP',
  product_id: 'VARCHAR',
  product_name: 'VARCHAR',
  category: 'VARCHAR',
  quantity: 'DOUBLE',
  unit_price: 'DOUBLE',
  line_revenue: 'DOUBLE',
  customer_id: 'VARCHAR',
  region: 'VARCHAR',
  channel: 'VARCHAR',
};

/** What the rules that flag rows decided from the sample rows. */
export interface FlagRules {
  /** Order ids starting with C mark cancellations (off when most ids start with C anyway). */
  cancellationPrefix: boolean;
  /** Product codes without digits are service codes (only when the products are numbered). */
  codesHaveDigits: boolean;
}

/** An unmapped column kept under a safe name, with the type to give it once every value fits. */
export interface KeptColumn {
  name: string;
  from: string;
  retype: { type: string; convert: (value: string) => string } | null;
}

export interface LoadPlan {
  /** `CREATE TABLE sales AS …` */
  createSales: string;
  /** Parquet only: selects (row, reason) of the rows whose mapped values cannot be typed. */
  parquetRejects: string | null;
  kept: KeptColumn[];
  /** Concepts the table has, in order; line_revenue included when computed. */
  concepts: ImportConcept[];
  revenueComputed: boolean;
}

export interface PlanInput {
  source: InspectedSource;
  mapping: ImportMapping;
  dateFormat: DateFormat | null;
  rules: FlagRules;
}

const idExpr = (value: string): string =>
  // Ids exported through a spreadsheet often gain a decimal part: 17850.0 is customer 17850.
  `nullif(regexp_replace(trim(CAST(${value} AS VARCHAR)), '^(-?[0-9]+)\\.0+$', '\\1'), '')`;
const textExpr = (value: string): string => `nullif(trim(CAST(${value} AS VARCHAR)), '')`;

const conceptExpr = (concept: ImportConcept, value: string): string => {
  switch (concept) {
    case 'order_id':
    case 'product_id':
    case 'customer_id':
      return idExpr(value);
    case 'product_name':
    case 'category':
    case 'region':
    case 'channel':
      return textExpr(value);
    case 'date':
      return `CAST(${value} AS TIMESTAMP)`;
    case 'quantity':
    case 'unit_price':
    case 'line_revenue':
      return `CAST(${value} AS DOUBLE)`;
  }
};

/** Text -> number in the file's style, for retyping kept columns (NULL when it does not fit). */
const numberFromText = (style: NumberStyle, type: string) => (value: string) => {
  let text = `trim(${value})`;
  if (style.thousands !== null) text = `replace(${text}, ${sqlString(style.thousands)}, '')`;
  if (style.decimal === ',') text = `replace(${text}, ',', '.')`;
  return `TRY_CAST(${text} AS ${type})`;
};

const dateFromText = (format: DateFormat, type: string) => (value: string) =>
  format.strptime === null
    ? `TRY_CAST(${value} AS ${type})`
    : `CAST(try_strptime(${value}, ${sqlString(format.strptime)}) AS ${type})`;

const retypeFor = (column: InspectedSource['columns'][number], style: NumberStyle): KeptColumn['retype'] => {
  switch (column.type) {
    case 'BIGINT':
    case 'DOUBLE':
      return { type: column.type, convert: numberFromText(style, column.type) };
    case 'BOOLEAN':
      return { type: 'BOOLEAN', convert: (value) => `TRY_CAST(${value} AS BOOLEAN)` };
    case 'DATE':
    case 'TIMESTAMP':
      return column.dateFormat ? { type: column.type, convert: dateFromText(column.dateFormat, column.type) } : null;
    default:
      return null;
  }
};

const flagExpressions = (
  has: ReadonlySet<ImportConcept>,
  rules: FlagRules,
): Record<(typeof FLAG_COLUMNS)[number], string> => {
  const orderPrefix =
    has.has('order_id') && rules.cancellationPrefix ? `regexp_matches(c.order_id, '^[Cc][0-9]')` : 'FALSE';
  // A negative quantity with money on the line is a return or cancellation; without money it
  // is a stock correction (write-off, damage), which is not a sale at all.
  const money = has.has('unit_price') ? 'c.unit_price > 0' : has.has('line_revenue') ? 'c.line_revenue <> 0' : 'TRUE';
  const negative = has.has('quantity')
    ? `(c.quantity < 0 AND ${money})`
    : has.has('line_revenue')
      ? 'c.line_revenue < 0'
      : 'FALSE';
  const zeroPrice = has.has('unit_price')
    ? 'c.unit_price <= 0'
    : has.has('line_revenue')
      ? 'c.line_revenue = 0'
      : 'FALSE';
  return {
    is_cancellation: `coalesce(${orderPrefix} OR ${negative}, FALSE)`,
    is_zero_price: `coalesce(${zeroPrice}, FALSE)`,
    is_non_product: nonProductSql(
      has.has('product_id') ? 'c.product_id' : null,
      has.has('product_name') ? 'c.product_name' : null,
      rules.codesHaveDigits,
    ),
  };
};

/** The typed source rows: CSV through read_csv with rejects, Parquet through casts. */
const typedSource = (
  input: PlanInput,
  conceptOf: ReadonlyMap<string, ImportConcept>,
): { from: string; parquetRejects: string | null } => {
  const { source, dateFormat } = input;
  if (source.format === 'csv') {
    const read = csvReadSql({
      path: source.readPath,
      compression: source.compression,
      encoding: source.encoding,
      dialect: source.dialect,
      columns: source.columns.map((column) => {
        const concept = conceptOf.get(column.name);
        return { name: column.name, type: concept === undefined ? 'VARCHAR' : conceptTypes[concept] };
      }),
      numberStyle: source.numberStyle,
      ...(dateFormat?.strptime ? { timestampFormat: dateFormat.strptime } : {}),
      storeRejects: true,
    });
    return { from: read, parquetRejects: null };
  }

  const reads: string[] = [];
  const problems: string[] = [];
  for (const column of source.columns) {
    const name = sqlIdentifier(column.name);
    const concept = conceptOf.get(column.name);
    const type = concept === undefined ? null : conceptTypes[concept];
    if (type === null || type === 'VARCHAR' || column.type === type) {
      reads.push(name);
      continue;
    }
    const typed =
      type === 'TIMESTAMP' && column.type === 'VARCHAR' && dateFormat?.strptime
        ? `try_strptime(${name}, ${sqlString(dateFormat.strptime)})`
        : `TRY_CAST(${name} AS ${type})`;
    reads.push(`${typed} AS ${name}`);
    const what = type === 'TIMESTAMP' ? `a date${dateFormat ? ` written as ${dateFormat.label}` : ''}` : 'a number';
    problems.push(
      `CASE WHEN ${name} IS NOT NULL AND ${typed} IS NULL THEN ${sqlString(`"`)} || CAST(${name} AS VARCHAR) || ${sqlString(`" in ${column.name} is not ${what}`)} END`,
    );
  }
  const parquet = `read_parquet(${sqlString(source.readPath)}, file_row_number = true)`;
  const reason = problems.length === 0 ? 'NULL' : `nullif(concat_ws('; ', ${problems.join(', ')}), '')`;
  return {
    from: `(SELECT ${reads.join(', ')} FROM ${parquet} WHERE ${reason} IS NULL)`,
    parquetRejects: `SELECT file_row_number + 1 AS row, ${reason} AS reason FROM ${parquet} WHERE ${reason} IS NOT NULL`,
  };
};

/**
 * The SQL that builds `sales`: the mapped concepts under their own names and types, the flags,
 * then every other column of the file under a safe name, so nothing is lost.
 */
export const planLoad = (input: PlanInput): LoadPlan => {
  const pairs = mappedPairs(input.mapping);
  const conceptOf = new Map(pairs.map(([concept, column]) => [column, concept]));
  const has = new Set(pairs.map(([concept]) => concept));
  const revenueComputed = !has.has('line_revenue') && has.has('quantity') && has.has('unit_price');

  const inner = pairs.map(
    ([concept, column]) => `${conceptExpr(concept, `src.${sqlIdentifier(column)}`)} AS ${concept}`,
  );
  const unmapped = input.source.columns.filter((column) => !conceptOf.has(column.name));
  const names = originalColumnNames(unmapped.map((column) => column.name));
  const kept: KeptColumn[] = unmapped.map((column, index) => ({
    name: names[index] ?? `column_${index + 1}`,
    from: column.name,
    retype: input.source.format === 'csv' ? retypeFor(column, input.source.numberStyle) : null,
  }));
  inner.push(...kept.map((column) => `src.${sqlIdentifier(column.from)} AS ${sqlIdentifier(column.name)}`));

  if (revenueComputed) has.add('line_revenue');
  const concepts = importConcepts.filter((concept) => has.has(concept));
  const flags = flagExpressions(has, input.rules);
  const outer = [
    ...concepts.map((concept) =>
      concept === 'line_revenue' && revenueComputed ? 'c.quantity * c.unit_price AS line_revenue' : `c.${concept}`,
    ),
    ...FLAG_COLUMNS.map((flag) => `${flags[flag]} AS ${flag}`),
    ...kept.map((column) => `c.${sqlIdentifier(column.name)}`),
  ];
  const { from, parquetRejects } = typedSource(input, conceptOf);
  return {
    createSales: `CREATE TABLE sales AS SELECT ${outer.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${from} src) c`,
    parquetRejects,
    kept,
    concepts,
    revenueComputed,
  };
};
