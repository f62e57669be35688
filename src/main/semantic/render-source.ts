import type { PlanTimeRange } from '../../shared/contract/analysis-plan';
import type { SqlDialect } from '../warehouse/warehouse';
import { dayLiteral, quoteIdentifier, quoteTablePath, timeBucket, type Shift } from './dialect';
import { joinPaths, joinsFor } from './join-path';
import type { AggregateMeasure, FactDef, SemanticModel, TableDef } from './model';
import { renderFilter } from './render-filter';
import type { ResolvedDimension, ResolvedFilter } from './resolve-plan';
import { aliased, renderSelect } from './sql-format';
import { renderExpr, tablesOf, type ColumnRef } from './sql-expr';

/** One fact's aggregates for one period, grouped by the plan's dimensions. */
export interface SourceSpec {
  fact: FactDef;
  aggregates: readonly AggregateMeasure[];
  dimensions: readonly ResolvedDimension[];
  filters: readonly ResolvedFilter[];
  range: PlanTimeRange | null;
  /** For a comparison period: moves its time buckets forward onto the current period's. */
  shift: Shift | null;
  /** Appended to each aggregate's column name ('' or '_previous'). */
  suffix: string;
  comment: string;
}

const tableById = (model: SemanticModel, id: string): TableDef => {
  const table = model.tables.find((candidate) => candidate.id === id);
  // checkModel guarantees every referenced table exists; reaching this is a bug in a model.
  if (!table) throw new Error(`The semantic model "${model.id}" has no table "${id}".`);
  return table;
};

export const renderAggregate = (
  dialect: SqlDialect,
  measure: AggregateMeasure,
  column: (ref: ColumnRef) => string,
): string => {
  const value = renderExpr(measure.expression, column);
  const condition = measure.filter ? renderExpr(measure.filter, column) : null;
  // Each measure carries its own row condition (inside the aggregate, not in WHERE) so
  // measures over different rows, such as revenue and return rate, share one scan. DuckDB's
  // FILTER clause skips rows before aggregating (about 3x faster than CASE at 10M rows);
  // BigQuery has no FILTER clause, so it gets the equivalent CASE.
  const input = condition && dialect === 'bigquery' ? `CASE WHEN ${condition} THEN ${value} END` : value;
  const filter = condition && dialect === 'duckdb' ? ` FILTER (WHERE ${condition})` : '';
  switch (measure.aggregation) {
    case 'sum':
      return `SUM(${input})${filter}`;
    case 'count':
      return `COUNT(${input})${filter}`;
    case 'count_distinct':
      return `COUNT(DISTINCT ${input})${filter}`;
    case 'avg':
      return `AVG(${input})${filter}`;
  }
};

export const renderSource = (model: SemanticModel, dialect: SqlDialect, spec: SourceSpec): string => {
  const q = (name: string): string => quoteIdentifier(dialect, name);
  const column = (ref: ColumnRef): string => `${tableById(model, ref.table).alias}.${q(ref.column)}`;
  const factTable = tableById(model, spec.fact.table);
  const timeColumn =
    spec.fact.timeColumn === null ? null : column({ table: spec.fact.table, column: spec.fact.timeColumn });

  const items = [
    ...spec.dimensions.map((dimension) => {
      if (dimension.kind === 'categorical')
        return aliased(renderExpr(dimension.def.expression, column), q(dimension.column));
      // resolvePlan refuses a time dimension for a fact without a time column.
      if (timeColumn === null) throw new Error(`Fact "${spec.fact.id}" has no time column.`);
      return aliased(timeBucket(dialect, timeColumn, dimension.grain, spec.shift), q(dimension.column));
    }),
    ...spec.aggregates.map((measure) =>
      aliased(renderAggregate(dialect, measure, column), q(`${measure.id}${spec.suffix}`)),
    ),
  ];

  const where: string[] = [];
  if (spec.range !== null && timeColumn !== null) {
    where.push(
      `${timeColumn} >= ${dayLiteral(spec.range.start, spec.fact.timeType)}`,
      `${timeColumn} < ${dayLiteral(spec.range.end, spec.fact.timeType)}`,
    );
  }
  where.push(
    ...spec.filters.map((filter) => renderFilter(dialect, filter, renderExpr(filter.dimension.expression, column))),
  );

  const tables = new Set<string>();
  for (const measure of spec.aggregates) {
    for (const table of tablesOf(measure.expression)) tables.add(table);
    if (measure.filter) for (const table of tablesOf(measure.filter)) tables.add(table);
  }
  for (const dimension of spec.dimensions) {
    if (dimension.kind === 'categorical') for (const table of tablesOf(dimension.def.expression)) tables.add(table);
  }
  for (const filter of spec.filters) for (const table of tablesOf(filter.dimension.expression)) tables.add(table);

  // LEFT JOIN unless the model vouches for the join: a sale whose product or customer row is
  // missing must still count in the totals.
  const joins = joinsFor(joinPaths(model, spec.fact.table), tables).map((join) => {
    const to = tableById(model, join.to);
    const from = tableById(model, join.from);
    const on = join.on.map(([fromColumn, toColumn]) => `${to.alias}.${q(toColumn)} = ${from.alias}.${q(fromColumn)}`);
    return `${join.complete ? 'JOIN' : 'LEFT JOIN'} ${quoteTablePath(dialect, to.path)} AS ${to.alias} ON ${on.join(' AND ')}`;
  });

  return renderSelect({
    comment: spec.comment,
    items,
    from: `${quoteTablePath(dialect, factTable.path)} AS ${factTable.alias}`,
    joins,
    where,
    groupBy: spec.dimensions.length,
  });
};
