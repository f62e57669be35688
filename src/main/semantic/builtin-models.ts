import { retailModel } from './retail-model';

/** The generated demo store in the local DuckDB warehouse (theLook schema plus reviews). */
export const demoModel = retailModel({
  id: 'demo',
  label: 'Demo store',
  tablePath: (table) => [table],
  reviews: true,
  // The generator writes every referenced product, customer and centre (generate-demo.test.ts checks).
  completeJoins: true,
});

/** BigQuery's public theLook e-commerce dataset: the same schema, without reviews. */
export const thelookModel = retailModel({
  id: 'thelook',
  label: 'theLook eCommerce (BigQuery public data)',
  tablePath: (table) => ['bigquery-public-data', 'thelook_ecommerce', table],
  reviews: false,
});
