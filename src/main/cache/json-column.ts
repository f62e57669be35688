import { z } from 'zod';
import { AisleError } from '../core/aisle-error';

/** Any JSON value, as kept in a `*_json` column. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z.json();

export const toJsonText = (value: JsonValue): string => JSON.stringify(value);

const unreadable = (what: string, cause: unknown): AisleError =>
  new AisleError(
    'internal',
    `Aisle could not read ${what} from its cache: the stored data has an unexpected shape. Delete that item and create it again; if this keeps happening, report it.`,
    { cause },
  );

/**
 * Parses a JSON column and checks it against `schema`. The cache file may have been written by
 * another version of Aisle (or edited by hand), so what comes back is checked, not trusted.
 */
export const readJsonColumn = <T>(schema: z.ZodType<T>, text: string, what: string): T => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw unreadable(what, error);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw unreadable(what, result.error);
  return result.data;
};
