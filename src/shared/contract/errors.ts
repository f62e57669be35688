import { z } from 'zod';

/** Every failure that crosses the process boundary has one of these codes. */
export const errorCodes = [
  'invalid_input',
  'invalid_output',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'not_found',
  'cancelled',
  'unavailable',
  'internal',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorPayload = z.object({
  code: ErrorCode,
  /** A sentence a person can act on. Never contains secrets. */
  message: z.string(),
  /** Dotted path of the offending input field, when the error is about one field. */
  field: z.string().optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

/** What both transports carry back for a call: a value or an error, never a bare throw. */
export const resultEnvelope = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ErrorPayload }),
  ]);

export type ResultEnvelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
