import { AisleError } from '../core/aisle-error';

/** DuckDB's own messages ("Catalog Error: Table with name x does not exist! Did you mean …") are
 * already specific and actionable, so they are kept, with a hint for the common kinds. */
export const fromDuckDbError = (error: unknown): AisleError => {
  const raw = error instanceof Error ? error.message : String(error);
  // The node bindings prefix some messages with where they failed; the engine's words follow.
  const message = raw.replace(/^Failed to (extract statements|prepare statement|execute prepared statement): /, '');
  if (/INTERRUPT/i.test(message)) return new AisleError('cancelled', 'The query was cancelled.', { cause: error });
  if (/Could not set lock on file|Conflicting lock/i.test(message)) {
    return new AisleError(
      'unavailable',
      'This data source is open in another Aisle process (a window, `aisle serve` or a CLI command). Close it and try again.',
      { cause: error },
    );
  }
  const kind = /^(Parser|Binder|Catalog|Conversion|Constraint|Invalid Input|Out of Range|Not implemented) Error/.exec(
    message,
  );
  if (kind) return new AisleError('invalid_input', message, { cause: error });
  return new AisleError('internal', `The local warehouse failed: ${message}`, { cause: error });
};
