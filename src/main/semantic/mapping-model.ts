import { AisleError } from '../core/aisle-error';
import { checkModel } from './check-model';
import { aggregateMeasure, categoricalDimension, dateDimension, ratioMeasure } from './define-concepts';
import type { DimensionDef, MeasureDef, SemanticModel } from './model';
import { col, sql } from './sql-expr';

/** The retail concepts a column of an imported table can be mapped onto. */
export const mappingConcepts = [
  'order_id',
  'date',
  'product_id',
  'product_name',
  'category',
  'quantity',
  'unit_price',
  'line_revenue',
  'customer_id',
  'country',
  'region',
  'store',
  'channel',
] as const;
export type MappingConcept = (typeof mappingConcepts)[number];

/** A single table (an imported file, or one of the user's own) with its columns mapped onto concepts. */
export interface ColumnMapping {
  id: string;
  label: string;
  /** Where the table lives in the warehouse: ['sales'] or ['project', 'dataset', 'sales']. */
  table: readonly string[];
  /** Concept -> column name, for the concepts the table has. */
  columns: Partial<Record<MappingConcept, string>>;
  /** Whether the date column holds dates or timestamps; defaults to timestamp. */
  dateType?: 'date' | 'timestamp';
  /** Whether product ids are numbers or text (codes like "85123A"); defaults to text. */
  productIdType?: 'string' | 'number';
}

const TABLE = 'source';

/**
 * A model for one mapped table, offering exactly the measures and dimensions its columns
 * support: revenue from line revenue or quantity x unit price, units from quantity, orders
 * from the order id, and so on.
 */
export const modelFromMapping = (mapping: ColumnMapping): SemanticModel => {
  if (mapping.table.length === 0 || mapping.table.some((part) => part === '')) {
    throw new AisleError('invalid_input', 'Choose the table this source reads before mapping its columns.', {
      field: 'table',
    });
  }
  for (const [concept, name] of Object.entries(mapping.columns)) {
    if (name === '') {
      throw new AisleError('invalid_input', `Pick a column for ${concept.replace('_', ' ')}, or leave it unmapped.`, {
        field: `columns.${concept}`,
      });
    }
  }
  const { columns } = mapping;
  const column = (name: string) => col(TABLE, name);

  const measures: MeasureDef[] = [];
  const revenue =
    columns.line_revenue !== undefined
      ? sql`${column(columns.line_revenue)}`
      : columns.quantity !== undefined && columns.unit_price !== undefined
        ? sql`${column(columns.quantity)} * ${column(columns.unit_price)}`
        : null;
  if (revenue) measures.push(aggregateMeasure('revenue', { fact: 'sales', aggregation: 'sum', expression: revenue }));
  if (columns.quantity !== undefined) {
    measures.push(
      aggregateMeasure('units', { fact: 'sales', aggregation: 'sum', expression: sql`${column(columns.quantity)}` }),
    );
  }
  if (columns.order_id !== undefined) {
    measures.push(
      aggregateMeasure('orders', {
        fact: 'sales',
        aggregation: 'count_distinct',
        expression: sql`${column(columns.order_id)}`,
      }),
    );
    if (revenue) measures.push(ratioMeasure('average_order_value', 'revenue', 'orders'));
  }
  if (columns.customer_id !== undefined) {
    measures.push(
      aggregateMeasure('customers', {
        fact: 'sales',
        aggregation: 'count_distinct',
        expression: sql`${column(columns.customer_id)}`,
      }),
    );
  }
  if (measures.length === 0) {
    throw new AisleError(
      'invalid_input',
      'Aisle has nothing to measure in this table yet: map a line revenue column, a quantity (with or without a unit price), or an order id.',
      { field: 'columns' },
    );
  }

  const dimensions: DimensionDef[] = [];
  if (columns.date !== undefined) dimensions.push(dateDimension('month'));
  const productKey = columns.product_id !== undefined;
  if (columns.product_name !== undefined) {
    dimensions.push(
      categoricalDimension('product', sql`${column(columns.product_name)}`, productKey ? { key: 'product_id' } : {}),
    );
  }
  if (columns.product_id !== undefined) {
    dimensions.push(
      categoricalDimension('product_id', sql`${column(columns.product_id)}`, {
        valueType: mapping.productIdType ?? 'string',
      }),
    );
  }
  for (const concept of ['category', 'country', 'region', 'store', 'channel'] as const) {
    const name = columns[concept];
    if (name !== undefined) dimensions.push(categoricalDimension(concept, sql`${column(name)}`));
  }

  const model: SemanticModel = {
    id: mapping.id,
    label: mapping.label,
    tables: [{ id: TABLE, alias: 's', path: mapping.table }],
    joins: [],
    facts: [
      {
        id: 'sales',
        label: 'sales lines',
        table: TABLE,
        timeColumn: columns.date ?? null,
        timeType: mapping.dateType ?? 'timestamp',
      },
    ],
    measures,
    dimensions,
  };
  const problems = checkModel(model);
  // Every input was checked above, so a problem here is a bug in this function.
  if (problems.length > 0) throw new Error(`Mapped model "${mapping.id}" is unsound: ${problems.join('; ')}`);
  return model;
};
