import { describe, expect, it } from 'vitest';
import type { AnalysisPlanInput } from '../../shared/contract/analysis-plan';
import { AisleError } from '../core/aisle-error';
import { demoModel, thelookModel } from './builtin-models';
import { compilePlan } from './compile-plan';
import { modelFromMapping } from './mapping-model';

const byCategory: AnalysisPlanInput = {
  intent: 'breakdown',
  measures: ['revenue'],
  dimensions: [{ id: 'category' }],
};

const weekly: AnalysisPlanInput = {
  intent: 'trend',
  measures: ['revenue', 'aov'],
  dimensions: [{ id: 'date', grain: 'week' }],
  timeRange: { start: '2024-01-01', end: '2024-04-01' },
};

const errorOf = (run: () => unknown): AisleError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AisleError) return error;
    throw error;
  }
  throw new Error('expected an AisleError');
};

describe('compilePlan for BigQuery (theLook)', () => {
  const { sql } = compilePlan(weekly, thelookModel, 'bigquery');

  it('reads the fully qualified public tables with backtick quoting', () => {
    expect(sql).toContain('FROM `bigquery-public-data.thelook_ecommerce.order_items` AS oi');
    expect(sql).toContain('oi.`sale_price`');
    expect(sql).toContain('AS `average_order_value`');
    expect(sql).not.toContain('"');
  });

  it('buckets weeks from Monday with DATE_TRUNC and limits dates with timestamp literals', () => {
    expect(sql).toContain('DATE_TRUNC(DATE(oi.`created_at`), WEEK(MONDAY)) AS `week`');
    expect(sql).toContain("oi.`created_at` >= TIMESTAMP '2024-01-01 00:00:00'");
    expect(sql).toContain("oi.`created_at` < TIMESTAMP '2024-04-01 00:00:00'");
  });

  it('moves last year onto this year with DATE_ADD', () => {
    const compared = compilePlan(
      { ...weekly, dimensions: [{ id: 'date', grain: 'month' }], comparison: 'same_period_last_year' },
      thelookModel,
      'bigquery',
    );
    expect(compared.sql).toContain('DATE_ADD(DATE_TRUNC(DATE(oi.`created_at`), MONTH), INTERVAL 1 YEAR) AS `month`');
    expect(compared.sql).toContain("oi.`created_at` >= TIMESTAMP '2023-01-01 00:00:00'");
    expect(compared.periods).toEqual({
      current: { start: '2024-01-01', end: '2024-04-01' },
      previous: { start: '2023-01-01', end: '2023-04-01' },
    });
  });

  it('offers no review measures, since theLook has no reviews', () => {
    const error = errorOf(() =>
      compilePlan({ intent: 'metric', measures: ['average rating'] }, thelookModel, 'bigquery'),
    );
    expect(error.message).toMatch(/^The measure "average rating" is not known for this source\. Try: revenue, units, /);
    expect(error.message).not.toContain('average_rating');
    expect(error.field).toBe('measures.0');
  });
});

describe('compilePlan for DuckDB (demo store)', () => {
  it('buckets weeks by date arithmetic (Monday starts) and double-quotes identifiers', () => {
    const { sql } = compilePlan(weekly, demoModel, 'duckdb');
    expect(sql).toContain(`CAST(oi."created_at" AS DATE) - CAST(isodow(oi."created_at") - 1 AS INTEGER) AS "week"`);
    expect(sql).toContain('FROM "order_items" AS oi');
    expect(sql).not.toContain('`');
  });

  it('computes ratios from totals, guarding against division by zero', () => {
    const { sql } = compilePlan(weekly, demoModel, 'duckdb');
    expect(sql).toMatch(/COUNT\(DISTINCT oi\."order_id"\) FILTER \(WHERE /);
    expect(sql).toContain('"revenue" / NULLIF("orders", 0) AS "average_order_value"');
    expect(sql).not.toMatch(/AVG\(/);
  });

  it('joins only the tables a plan needs, in dependency order', () => {
    expect(compilePlan({ intent: 'metric', measures: ['revenue'] }, demoModel, 'duckdb').sql).not.toContain('JOIN');
    const { sql } = compilePlan(byCategory, demoModel, 'duckdb');
    // The demo store vouches for its keys, so its joins are inner joins.
    expect(sql).toContain('\n  JOIN "products" AS p ON p."id" = oi."product_id"');
    expect(sql).not.toContain('"users"');
    const deep = compilePlan(
      {
        ...byCategory,
        dimensions: [{ id: 'distribution_center' }],
        filters: [{ dimension: 'country', operator: 'equals', values: ['Canada'] }],
      },
      demoModel,
      'duckdb',
    ).sql;
    const products = deep.indexOf('JOIN "products"');
    const centres = deep.indexOf('JOIN "distribution_centers" AS dc ON dc."id" = p."distribution_center_id"');
    expect(products).toBeGreaterThan(0);
    expect(centres).toBeGreaterThan(products);
    expect(deep).toContain('JOIN "users" AS u');
  });

  it('keeps rows whose lookup row is missing where the source does not vouch for its keys', () => {
    const { sql } = compilePlan(byCategory, thelookModel, 'bigquery');
    expect(sql).toContain('LEFT JOIN `bigquery-public-data.thelook_ecommerce.products` AS p');
  });

  it('aggregates each fact on its own and stacks the results instead of joining facts', () => {
    const { sql } = compilePlan(
      { intent: 'breakdown', measures: ['revenue', 'average rating'], dimensions: [{ id: 'category' }] },
      demoModel,
      'duckdb',
    );
    expect(sql).toMatch(/current_sales AS \([\s\S]*FROM "order_items" AS oi/);
    expect(sql).toMatch(/current_reviews AS \([\s\S]*FROM "reviews" AS r/);
    expect(sql).toContain('UNION ALL');
    expect(sql).not.toMatch(/JOIN "reviews"|JOIN "order_items"/);
  });

  it('is one statement with readable layout', () => {
    const { sql } = compilePlan({ ...weekly, comparison: 'previous_period' }, demoModel, 'duckdb');
    expect(sql).not.toContain(';');
    expect(sql.split('\n').every((line) => line === line.trimEnd())).toBe(true);
    expect(sql).toMatch(/^WITH current_sales AS \(\n {2}-- order items from 2024-01-01 to 2024-04-01/);
  });

  it('names every result column with its role', () => {
    const { columns } = compilePlan(
      {
        intent: 'compare',
        measures: ['sales', 'return rate'],
        dimensions: [{ id: 'product' }],
        timeRange: { start: '2024-03-01', end: '2024-04-01' },
        comparison: 'previous_period',
      },
      demoModel,
      'duckdb',
    );
    expect(columns.map(({ name, role, id }) => [name, role, id])).toEqual([
      ['product', 'dimension', 'product'],
      ['product_id', 'dimension', 'product_id'],
      ['revenue', 'measure', 'revenue'],
      ['return_rate', 'measure', 'return_rate'],
      ['revenue_previous', 'comparison', 'revenue'],
      ['revenue_change', 'comparison', 'revenue'],
      ['revenue_change_pct', 'comparison', 'revenue'],
      ['return_rate_previous', 'comparison', 'return_rate'],
      ['return_rate_change', 'comparison', 'return_rate'],
      ['return_rate_change_pct', 'comparison', 'return_rate'],
    ]);
    expect(columns[3]).toMatchObject({ format: 'percent', label: 'Return rate' });
  });
});

describe('filter values and names are quoted for each dialect', () => {
  const brandIn = (...values: string[]): AnalysisPlanInput => ({
    ...byCategory,
    filters: [{ dimension: 'brand', operator: 'in', values }],
  });

  it('doubles single quotes in DuckDB and backslash-escapes them in BigQuery', () => {
    expect(compilePlan(brandIn("O'Neill"), demoModel, 'duckdb').sql).toContain(`p."brand" IN ('O''Neill')`);
    expect(compilePlan(brandIn("O'Neill"), thelookModel, 'bigquery').sql).toContain("p.`brand` IN ('O\\'Neill')");
  });

  it('keeps an injection attempt inside its string literal', () => {
    const attack = `x"; DROP TABLE products; --' OR '1'='1`;
    const duck = compilePlan(brandIn(attack), demoModel, 'duckdb').sql;
    expect(duck).toContain(`IN ('x"; DROP TABLE products; --'' OR ''1''=''1')`);
    const big = compilePlan(brandIn(attack, 'back\\slash'), thelookModel, 'bigquery').sql;
    expect(big).toContain(`IN ('x"; DROP TABLE products; --\\' OR \\'1\\'=\\'1', 'back\\\\slash')`);
  });

  it('refuses values with line breaks or control characters', () => {
    expect(() => compilePlan(brandIn('two\nlines'), demoModel, 'duckdb')).toThrow(/line break or control character/);
  });

  it('accepts only numbers for numeric dimensions', () => {
    const error = errorOf(() =>
      compilePlan(
        { ...byCategory, filters: [{ dimension: 'product id', operator: 'in', values: ['1', '2 OR 1=1'] }] },
        demoModel,
        'duckdb',
      ),
    );
    expect(error.message).toBe('The product id filter needs numbers, and "2 OR 1=1" is not a number.');
    expect(error.field).toBe('filters.0.values.1');
    const numbers = compilePlan(
      { ...byCategory, filters: [{ dimension: 'product_id', operator: 'between', values: [' +2', 10.5] }] },
      demoModel,
      'duckdb',
    ).sql;
    expect(numbers).toContain('p."id" BETWEEN 2 AND 10.5');
  });

  it('quotes mapped column names that are not plain words', () => {
    const mapped = modelFromMapping({
      id: 'upload',
      label: 'Upload',
      table: ['my project', 'sales'],
      columns: { line_revenue: 'Line "Total"', country: 'Country`s' },
      dateType: 'date',
    });
    const plan: AnalysisPlanInput = { intent: 'breakdown', measures: ['revenue'], dimensions: [{ id: 'country' }] };
    expect(compilePlan(plan, mapped, 'duckdb').sql).toContain('SUM(s."Line ""Total""") AS "revenue"');
    expect(compilePlan(plan, mapped, 'duckdb').sql).toContain('FROM "my project"."sales" AS s');
    const big = compilePlan(plan, mapped, 'bigquery').sql;
    expect(big).toContain('s.`Country\\`s` AS `country`');
    expect(big).toContain('FROM `my project.sales` AS s');
  });
});

describe('compilePlan refuses plans it cannot answer, saying what to do', () => {
  const cases: Array<[string, AnalysisPlanInput, RegExp, string]> = [
    [
      'an unknown dimension',
      { ...byCategory, dimensions: [{ id: 'colour' }] },
      /^The dimension "colour" is not known for this source\. Try: date, department, category, /,
      'dimensions.0.id',
    ],
    [
      'a grain on a dimension other than the date',
      { ...byCategory, dimensions: [{ id: 'category', grain: 'month' }] },
      /Only the date has a grain/,
      'dimensions.0.grain',
    ],
    [
      'a filter on the date',
      { ...byCategory, filters: [{ dimension: 'date', operator: 'gte', values: ['2024-01-01'] }] },
      /set the time range instead/,
      'filters.0',
    ],
    [
      'a comparison without a time range',
      { ...byCategory, comparison: 'previous_period' },
      /A comparison needs a time range/,
      'timeRange',
    ],
    [
      'sorting by something the plan does not show',
      { ...byCategory, sort: { by: 'units', direction: 'desc' } },
      /To sort by "Units", add it to the question's measures or dimensions\./,
      'sort.by',
    ],
    [
      'sorting by change without a comparison',
      { ...byCategory, sort: { by: 'revenue', direction: 'desc', basis: 'change' } },
      /needs a comparison period/,
      'sort.basis',
    ],
    [
      '"contains" on a number',
      { ...byCategory, filters: [{ dimension: 'product_id', operator: 'contains', values: ['1'] }] },
      /"contains" only works on text/,
      'filters.0.operator',
    ],
    [
      'a review measure split by something reviews do not have',
      { intent: 'breakdown', measures: ['revenue', 'rating'], dimensions: [{ id: 'order status' }] },
      /^Average rating can't be broken down by order status: reviews are not linked to it\./,
      'dimensions.0',
    ],
    [
      'a review measure filtered by something reviews do not have',
      {
        intent: 'metric',
        measures: ['review count'],
        filters: [{ dimension: 'status', operator: 'equals', values: ['Complete'] }],
      },
      /^Reviews can't be filtered by order status/,
      'filters.0',
    ],
    [
      'a time range that ends before it starts',
      { ...byCategory, timeRange: { start: '2024-02-01', end: '2024-01-01' } },
      /^The analysis plan is not valid: field "timeRange\.end": the end date must be after the start date/,
      'timeRange.end',
    ],
    [
      'a between filter with one value',
      { ...byCategory, filters: [{ dimension: 'product_id', operator: 'between', values: [1] }] },
      /the "between" filter takes exactly 2 values, got 1/,
      'filters.0.values',
    ],
  ];

  it.each(cases)('refuses %s', (_name, plan, message, field) => {
    const error = errorOf(() => compilePlan(plan, demoModel, 'duckdb'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(error.field).toBe(field);
  });

  it('refuses dates on a mapped source without a date column', () => {
    const undated = modelFromMapping({ id: 'u', label: 'Upload', table: ['t'], columns: { quantity: 'qty' } });
    const error = errorOf(() =>
      compilePlan(
        { intent: 'metric', measures: ['units'], timeRange: { start: '2024-01-01', end: '2024-02-01' } },
        undated,
        'duckdb',
      ),
    );
    expect(error.message).toMatch(/have no date, so they can't be limited to dates/);
  });
});
