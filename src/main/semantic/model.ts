import type { TimeGrain } from '../../shared/contract/analysis-plan';
import type { SqlExpr } from './sql-expr';

/**
 * A semantic model maps retail concepts (measures, dimensions) onto one data source's tables.
 * Plans name concepts; the compiler (compile-plan.ts) turns them into SQL using this map.
 */

export type MeasureFormat = 'currency' | 'count' | 'percent' | 'rating';
export type Aggregation = 'sum' | 'count' | 'count_distinct' | 'avg';
export type DimensionValueType = 'string' | 'number';

export interface TableDef {
  /** How the model refers to the table (in column references and joins). */
  id: string;
  /** Short alias used in the generated SQL; lower-case letters, digits and underscores. */
  alias: string;
  /** Path in the warehouse: ['order_items'], or ['bigquery-public-data', 'thelook_ecommerce', 'order_items']. */
  path: readonly string[];
}

/**
 * A many-to-one link: each row of `from` matches at most one row of `to`. The compiler only
 * walks joins in this direction from a fact table, so a join can never multiply fact rows.
 */
export interface JoinDef {
  from: string;
  to: string;
  /** Pairs of [column of `from`, column of `to`] that must be equal. */
  on: ReadonlyArray<readonly [string, string]>;
  /**
   * True when every `from` row is known to have its `to` row (the demo store's generator
   * guarantees it, and a test checks). Such joins are rendered as INNER JOIN, which DuckDB
   * runs about twice as fast; otherwise LEFT JOIN keeps rows whose lookup row is missing.
   */
  complete?: boolean;
}

/** A table of events that measures aggregate (order items, reviews), with the time it happened. */
export interface FactDef {
  id: string;
  /** Plural noun for the rows, used in messages and SQL comments ("order items"). */
  label: string;
  table: string;
  /** Null when the source has no date (an imported file without one): no time range, no trends. */
  timeColumn: string | null;
  timeType: 'timestamp' | 'date';
}

interface ConceptBase {
  id: string;
  label: string;
  description: string;
  /** Other words people use for it; matched case-insensitively. */
  synonyms: readonly string[];
}

interface MeasureBase extends ConceptBase {
  format: MeasureFormat;
  /** A building block of other measures that is not offered on its own. */
  hidden: boolean;
}

/** AGGREGATION(expression) over the fact rows where `filter` holds. */
export interface AggregateMeasure extends MeasureBase {
  kind: 'aggregate';
  fact: string;
  aggregation: Aggregation;
  expression: SqlExpr;
  filter: SqlExpr | null;
}

/**
 * numerator / denominator, both aggregate measures, computed from their totals for each row of
 * the result (never an average of per-row ratios).
 */
export interface RatioMeasure extends MeasureBase {
  kind: 'ratio';
  numerator: string;
  denominator: string;
}

export type MeasureDef = AggregateMeasure | RatioMeasure;

export interface CategoricalDimension extends ConceptBase {
  kind: 'categorical';
  expression: SqlExpr;
  valueType: DimensionValueType;
  /**
   * Id of another dimension that identifies the members (product id for product name), grouped
   * alongside so two products that share a name are not merged. Null when the values are unique.
   */
  key: string | null;
}

/** The date of each fact row (its fact's time column), bucketed to a grain. */
export interface TimeDimension extends ConceptBase {
  kind: 'time';
  defaultGrain: TimeGrain;
}

export type DimensionDef = CategoricalDimension | TimeDimension;

export interface SemanticModel {
  id: string;
  label: string;
  tables: readonly TableDef[];
  joins: readonly JoinDef[];
  facts: readonly FactDef[];
  measures: readonly MeasureDef[];
  dimensions: readonly DimensionDef[];
}
