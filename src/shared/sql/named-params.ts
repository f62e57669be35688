import type { SqlDialect } from './dialect';
import { scanSql } from './scan';

/** A named parameter as written in the SQL: `@name` at `start`, the `@` included. */
export interface ParamUse {
  name: string;
  start: number;
  end: number;
}

const paramPattern = /@+([A-Za-z_][A-Za-z0-9_]*)/g;
const identifierChar = /[A-Za-z0-9_\u0080-\uffff]/;

/**
 * Every `@name` in code (not in strings, quoted identifiers or comments), in order. `@@name`
 * is a system variable (BigQuery's `@@dataset_id`), `<@` is DuckDB's "contained by" operator,
 * and an `@` glued to a word (`a@b`) is not a parameter either.
 */
export const namedParamUses = (sql: string, dialect: SqlDialect): ParamUse[] => {
  const uses: ParamUse[] = [];
  for (const segment of scanSql(sql, dialect)) {
    if (segment.kind !== 'code') continue;
    const code = sql.slice(segment.start, segment.end);
    for (const match of code.matchAll(paramPattern)) {
      const [whole, name] = match;
      if (name === undefined || whole.startsWith('@@')) continue;
      const start = segment.start + match.index;
      const before = sql[start - 1];
      if (before === '<' || (before !== undefined && identifierChar.test(before))) continue;
      uses.push({ name, start, end: start + whole.length });
    }
  }
  return uses;
};

/**
 * The distinct parameters of a statement in order of first use. Both engines match parameter
 * names without regard to case, so `@Min` and `@min` are one parameter (first spelling wins).
 */
export const findNamedParams = (sql: string, dialect: SqlDialect): string[] => {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { name } of namedParamUses(sql, dialect)) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
};

/** Replaces every `@name` (as `namedParamUses` finds them) with what `replace` returns for it. */
export const replaceNamedParams = (sql: string, dialect: SqlDialect, replace: (name: string) => string): string => {
  let result = '';
  let from = 0;
  for (const use of namedParamUses(sql, dialect)) {
    result += sql.slice(from, use.start) + replace(use.name);
    from = use.end;
  }
  return result + sql.slice(from);
};

/**
 * DuckDB binds named parameters written `$name`; Aisle's editor writes them `@name` in both
 * dialects. The rewrite keeps every offset, so positions DuckDB reports hold for the original.
 */
export const toDuckDbParams = (sql: string): string => replaceNamedParams(sql, 'duckdb', (name) => `$${name}`);
