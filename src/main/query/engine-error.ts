import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';

/** How a statement ended when the engine stopped it. */
export type EngineOutcome = { status: 'failed'; error: string } | { status: 'cancelled' };

const hints: readonly (readonly [RegExp, string])[] = [
  [/prepared statement parameters|bind parameter/i, 'Write parameters as @name and give each one a value.'],
  [/Referenced column .* not found/i, "Check the column's name: the schema panel lists every table's columns."],
  [/^Catalog Error/m, 'Check the spelling of the name; the schema panel lists the tables of this data source.'],
  [/^Parser Error/m, 'Check the syntax where it is marked: a missing comma, parenthesis or quote is the usual cause.'],
  [/^Binder Error/m, 'Check the names of the columns and functions and the types they are used with.'],
  [
    /^(Conversion|Out of Range) Error/m,
    'Some values do not fit the type: cast them explicitly, or use TRY_CAST to turn the ones that do not convert into NULL.',
  ],
  [/^Constraint Error/m, "The change breaks one of the table's constraints; check the values it writes."],
  [/IO Error/, 'Check that the file exists and that Aisle may read it.'],
  [/Out of Memory Error/, 'Filter or aggregate more, or add a LIMIT, so the query needs less memory.'],
  [/^Not implemented Error/m, 'DuckDB does not support this yet; write that part another way.'],
];

/**
 * The engine's own words (they are specific) followed by a sentence on what to do. Messages
 * Aisle wrote itself (BigQuery's access, location, quota and cost errors) already say what to
 * do and pass through unchanged.
 */
export const withHint = (engineMessage: string, code: AisleError['code'] = 'invalid_input'): string => {
  const hint =
    hints.find(([pattern]) => pattern.test(engineMessage))?.[1] ??
    (code === 'invalid_input' && !engineMessage.includes('\n') ? 'Fix the statement and run it again.' : null);
  return hint === null ? engineMessage : `${engineMessage}\n${hint}`;
};

/**
 * Sorts an error from the warehouse: a cancellation (asked for, or the engine saying so) or a
 * failure of the statement, which is an outcome to show rather than an error to throw.
 */
export const engineOutcome = (error: unknown, signal: AbortSignal, log: Log): EngineOutcome => {
  if (signal.aborted || (error instanceof AisleError && error.code === 'cancelled')) return { status: 'cancelled' };
  if (error instanceof AisleError) return { status: 'failed', error: withHint(error.message, error.code) };
  log('the warehouse failed unexpectedly', error);
  return {
    status: 'failed',
    error: 'The warehouse failed unexpectedly; the log has the details. Run the query again.',
  };
};
