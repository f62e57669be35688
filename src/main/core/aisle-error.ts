import type { ErrorCode, ErrorPayload } from '../../shared/contract';

/** An error meant for the person using Aisle: its message says what happened and what to do. */
export class AisleError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AisleError';
    this.code = code;
    this.field = options?.field;
  }

  toPayload(): ErrorPayload {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/**
 * Converts anything thrown into a payload that is safe to send to the renderer: our own
 * errors keep their message; anything else becomes a generic message (its text may hold
 * paths, SQL or tokens), and the original is handed to `log` for the stderr log.
 */
export const toErrorPayload = (error: unknown, log: (error: unknown) => void): ErrorPayload => {
  if (error instanceof AisleError) return error.toPayload();
  log(error);
  return {
    code: 'internal',
    message: 'Something went wrong inside Aisle. The details are in the log; please try again.',
  };
};
