/**
 * SQL fragments of a semantic model. The text parts are written by Aisle (dialect-neutral SQL:
 * CASE, arithmetic, comparisons with string literals); column references are kept apart so
 * the compiler can quote them for the dialect and see which tables an expression needs.
 * Names that come from a user (an imported file's columns) only ever enter as references.
 */
export interface ColumnRef {
  readonly table: string;
  readonly column: string;
}

export type SqlPart = string | ColumnRef;

export interface SqlExpr {
  readonly parts: readonly SqlPart[];
}

export const col = (table: string, column: string): ColumnRef => ({ table, column });

const isExpr = (value: ColumnRef | SqlExpr): value is SqlExpr => 'parts' in value;

/** Tagged template: sql`${col('order_items', 'sale_price')} - ${col('products', 'cost')}`. */
export const sql = (strings: TemplateStringsArray, ...values: ReadonlyArray<ColumnRef | SqlExpr>): SqlExpr => {
  const parts: SqlPart[] = [];
  strings.forEach((text, index) => {
    if (text !== '') parts.push(text);
    const value = values[index];
    if (value === undefined) return;
    if (isExpr(value)) parts.push(...value.parts);
    else parts.push(value);
  });
  return { parts };
};

/** The tables an expression reads, in order of first use. */
export const tablesOf = (expr: SqlExpr): string[] => [
  ...new Set(expr.parts.filter((part): part is ColumnRef => typeof part !== 'string').map((part) => part.table)),
];

export const renderExpr = (expr: SqlExpr, renderColumn: (ref: ColumnRef) => string): string =>
  expr.parts.map((part) => (typeof part === 'string' ? part : renderColumn(part))).join('');
