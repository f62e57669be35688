import { findNamedParams, splitStatements, toDuckDbParams, type SqlDialect } from '../../shared/sql';
import { AisleError } from '../core/aisle-error';
import type { ParamValue } from '../warehouse/warehouse';

export interface PreparedRun {
  /** What the engine receives: for DuckDB `@name` becomes `$name`, same length, same positions. */
  sql: string;
  /** The parameters the statement uses, under the spelling it uses; unused values are dropped (DuckDB refuses them). */
  params: Record<string, ParamValue>;
}

const engineSql = (sql: string, dialect: SqlDialect): string => {
  switch (dialect) {
    case 'duckdb':
      return toDuckDbParams(sql);
    case 'bigquery':
      return sql;
  }
};

/** Values for every parameter the statement uses, matched without regard to case as both engines do. */
export const bindParams = (
  sql: string,
  dialect: SqlDialect,
  given: Readonly<Record<string, ParamValue>>,
): Record<string, ParamValue> => {
  const byName = new Map(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]));
  const bound: Record<string, ParamValue> = {};
  const missing: string[] = [];
  for (const name of findNamedParams(sql, dialect)) {
    const value = byName.get(name.toLowerCase());
    if (value === undefined) missing.push(name);
    else bound[name] = value;
  }
  const [first] = missing;
  if (first !== undefined) {
    const list = missing.map((name) => `@${name}`).join(', ');
    throw new AisleError('invalid_input', `Give a value for ${list}: every @name in the statement needs one.`, {
      field: `params.${first}`,
    });
  }
  return bound;
};

/**
 * Checks that the text holds exactly one statement and binds its parameters. Several
 * statements are refused rather than run as a script: each gets its own result, history entry
 * and error marker when the editor runs them one by one.
 */
export const prepareRun = (
  sql: string,
  dialect: SqlDialect,
  given: Readonly<Record<string, ParamValue>>,
): PreparedRun => {
  const count = splitStatements(sql, dialect).length;
  if (count === 0) {
    throw new AisleError('invalid_input', 'There is no statement to run: the text holds only comments.', {
      field: 'sql',
    });
  }
  if (count > 1) {
    throw new AisleError(
      'invalid_input',
      `This text holds ${count} statements and a run takes one. Select the statement to run (or put the cursor in it and press Ctrl/Cmd+Enter), or use Run all to run them one after another.`,
      { field: 'sql' },
    );
  }
  return { sql: engineSql(sql, dialect), params: bindParams(sql, dialect, given) };
};
