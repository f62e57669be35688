import { AisleError } from '../core/aisle-error';

/** WHERE clauses and their named parameters, built up by the list methods of the stores. */
export interface SqlFilter {
  clauses: string[];
  params: Record<string, string | number>;
}

export const emptyFilter = (): SqlFilter => ({ clauses: [], params: {} });

export const whereSql = (filter: SqlFilter): string =>
  filter.clauses.length === 0 ? '' : `WHERE ${filter.clauses.join(' AND ')}`;

export const addEquals = (filter: SqlFilter, column: string, value: string | undefined): void => {
  if (value === undefined) return;
  const name = `p${Object.keys(filter.params).length}`;
  filter.clauses.push(`${column} = @${name}`);
  filter.params[name] = value;
};

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Every whitespace-separated word of `search` must appear somewhere in `expression`
 * (case-insensitive for ASCII, as SQLite's LIKE is). Words match literally: `%` and `_` are
 * escaped, so searching for `order_id` finds that text and nothing else.
 */
export const addTextSearch = (filter: SqlFilter, expression: string, search: string | undefined): void => {
  for (const word of search?.split(/\s+/).filter((part) => part !== '') ?? []) {
    const name = `p${Object.keys(filter.params).length}`;
    filter.clauses.push(`${expression} LIKE @${name} ESCAPE '\\'`);
    filter.params[name] = `%${escapeLike(word)}%`;
  }
};

/** Rows whose `column` (a JSON array of strings) holds `tag`, ignoring ASCII case. */
export const addTag = (filter: SqlFilter, column: string, tag: string | undefined): void => {
  if (tag === undefined) return;
  const name = `p${Object.keys(filter.params).length}`;
  filter.clauses.push(`EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = @${name} COLLATE NOCASE)`);
  filter.params[name] = tag.trim();
};

export interface Paging {
  limit: number;
  offset: number;
}

const checkCount = (value: number, field: string, max: number): number => {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw new AisleError('invalid_input', `"${field}" must be a whole number from 0 to ${max}.`, { field });
  return value;
};

export const paging = (limit: number | undefined, offset: number | undefined, defaultLimit = 100): Paging => ({
  limit: checkCount(limit ?? defaultLimit, 'limit', 10_000),
  offset: checkCount(offset ?? 0, 'offset', Number.MAX_SAFE_INTEGER),
});
