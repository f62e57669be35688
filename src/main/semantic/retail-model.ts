import { aggregateMeasure, categoricalDimension, dateDimension, ratioMeasure } from './define-concepts';
import type { FactDef, JoinDef, MeasureDef, SemanticModel, TableDef } from './model';
import { col, sql } from './sql-expr';

export interface RetailModelOptions {
  id: string;
  label: string;
  /** Where each theLook-schema table lives in the warehouse, from its name. */
  tablePath: (table: string) => readonly string[];
  /** Whether the source has the `reviews` table (the demo store does, BigQuery's theLook does not). */
  reviews: boolean;
  /** Whether every foreign key is known to resolve (see JoinDef.complete); defaults to false. */
  completeJoins?: boolean;
}

const item = (column: string) => col('order_items', column);
const product = (column: string) => col('products', column);
const user = (column: string) => col('users', column);

// Revenue, units and orders count what was actually sold.
const sold = sql`${item('status')} NOT IN ('Cancelled', 'Returned')`;
const soldWithCost = sql`${sold} AND ${product('cost')} IS NOT NULL`;

const salesMeasures: MeasureDef[] = [
  aggregateMeasure('revenue', {
    fact: 'sales',
    aggregation: 'sum',
    expression: sql`${item('sale_price')}`,
    filter: sold,
  }),
  aggregateMeasure('units', { fact: 'sales', aggregation: 'count', expression: sql`${item('id')}`, filter: sold }),
  aggregateMeasure('orders', {
    fact: 'sales',
    aggregation: 'count_distinct',
    expression: sql`${item('order_id')}`,
    filter: sold,
  }),
  ratioMeasure('average_order_value', 'revenue', 'orders'),
  aggregateMeasure('customers', {
    fact: 'sales',
    aggregation: 'count_distinct',
    expression: sql`${item('user_id')}`,
    filter: sold,
  }),
  aggregateMeasure('gross_margin', {
    fact: 'sales',
    aggregation: 'sum',
    expression: sql`${item('sale_price')} - ${product('cost')}`,
    filter: soldWithCost,
  }),
  aggregateMeasure('revenue_with_cost', {
    fact: 'sales',
    aggregation: 'sum',
    expression: sql`${item('sale_price')}`,
    filter: soldWithCost,
  }),
  ratioMeasure('gross_margin_pct', 'gross_margin', 'revenue_with_cost'),
  aggregateMeasure('returned_units', {
    fact: 'sales',
    aggregation: 'count',
    expression: sql`${item('id')}`,
    filter: sql`${item('status')} = 'Returned'`,
  }),
  aggregateMeasure('non_cancelled_units', {
    fact: 'sales',
    aggregation: 'count',
    expression: sql`${item('id')}`,
    filter: sql`${item('status')} <> 'Cancelled'`,
  }),
  ratioMeasure('return_rate', 'returned_units', 'non_cancelled_units'),
];

// Review sentiment joins this list when the sentiment scores land (a table keyed by review id).
const reviewMeasures: MeasureDef[] = [
  aggregateMeasure('average_rating', {
    fact: 'reviews',
    aggregation: 'avg',
    expression: sql`${col('reviews', 'rating')}`,
  }),
  aggregateMeasure('review_count', { fact: 'reviews', aggregation: 'count', expression: sql`${col('reviews', 'id')}` }),
];

const ageBand = sql`CASE
  WHEN ${user('age')} < 25 THEN 'under 25'
  WHEN ${user('age')} < 35 THEN '25-34'
  WHEN ${user('age')} < 45 THEN '35-44'
  WHEN ${user('age')} < 55 THEN '45-54'
  WHEN ${user('age')} >= 55 THEN '55+'
END`;

const dimensions = [
  dateDimension('month'),
  categoricalDimension('department', sql`${product('department')}`),
  categoricalDimension('category', sql`${product('category')}`),
  categoricalDimension('brand', sql`${product('brand')}`),
  categoricalDimension('product', sql`${product('name')}`, { key: 'product_id' }),
  categoricalDimension('product_id', sql`${product('id')}`, { valueType: 'number' }),
  categoricalDimension('country', sql`${user('country')}`),
  categoricalDimension('region', sql`${user('state')}`),
  categoricalDimension('channel', sql`${user('traffic_source')}`),
  categoricalDimension('customer_segment', ageBand),
  categoricalDimension('gender', sql`${user('gender')}`),
  categoricalDimension('order_status', sql`${item('status')}`),
  categoricalDimension('distribution_center', sql`${col('distribution_centers', 'name')}`),
];

/** A model over the theLook e-commerce schema, wherever its tables live. */
export const retailModel = (options: RetailModelOptions): SemanticModel => {
  const table = (id: string, alias: string): TableDef => ({ id, alias, path: options.tablePath(id) });
  const tables = [
    table('order_items', 'oi'),
    table('products', 'p'),
    table('users', 'u'),
    table('distribution_centers', 'dc'),
  ];
  const complete = options.completeJoins === true;
  const joins: JoinDef[] = [
    { from: 'order_items', to: 'products', on: [['product_id', 'id']], complete },
    { from: 'order_items', to: 'users', on: [['user_id', 'id']], complete },
    { from: 'products', to: 'distribution_centers', on: [['distribution_center_id', 'id']], complete },
  ];
  const facts: FactDef[] = [
    { id: 'sales', label: 'order items', table: 'order_items', timeColumn: 'created_at', timeType: 'timestamp' },
  ];
  const measures = [...salesMeasures];
  if (options.reviews) {
    tables.push(table('reviews', 'r'));
    joins.push(
      { from: 'reviews', to: 'products', on: [['product_id', 'id']], complete },
      { from: 'reviews', to: 'users', on: [['user_id', 'id']], complete },
    );
    facts.push({ id: 'reviews', label: 'reviews', table: 'reviews', timeColumn: 'created_at', timeType: 'timestamp' });
    measures.push(...reviewMeasures);
  }
  return { id: options.id, label: options.label, tables, joins, facts, measures, dimensions };
};
