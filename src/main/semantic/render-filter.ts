import type { SqlDialect } from '../warehouse/warehouse';
import { stringLiteral } from './dialect';
import type { ResolvedFilter } from './resolve-plan';

/** A filter as a condition on `expression` (the dimension's SQL), with every value quoted for the dialect. */
export const renderFilter = (dialect: SqlDialect, filter: ResolvedFilter, expression: string): string => {
  // Numeric values were checked to be numerals when the plan was resolved.
  const literal = (value: string): string =>
    filter.dimension.valueType === 'string' ? stringLiteral(dialect, value) : value;
  const literals = filter.values.map(literal);
  const first = literals[0] ?? 'NULL';
  switch (filter.operator) {
    case 'equals':
      return `${expression} = ${first}`;
    case 'in':
      return `${expression} IN (${literals.join(', ')})`;
    case 'not_in':
      // "Everything but Jeans" keeps the rows that have no category at all.
      return `(${expression} IS NULL OR ${expression} NOT IN (${literals.join(', ')}))`;
    case 'contains':
      return `STRPOS(LOWER(${expression}), ${stringLiteral(dialect, (filter.values[0] ?? '').toLowerCase())}) > 0`;
    case 'between':
      return `${expression} BETWEEN ${first} AND ${literals[1] ?? first}`;
    case 'gte':
      return `${expression} >= ${first}`;
    case 'lte':
      return `${expression} <= ${first}`;
  }
};
