import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';

/** What a kept file holds: the value and when it was read from the warehouse. */
export interface Kept<T> {
  savedAt: string;
  value: T;
}

/**
 * `<dataDir>/<folder>/<hash>.json` for a key of any length or alphabet: what was last read
 * from a BigQuery source, kept for opening offline.
 */
export const keptPath = (dataDir: string, folder: string, key: string): string =>
  join(dataDir, folder, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);

/** Keeps a value (written whole, then renamed: never half a file). */
export const keepJson = (path: string, value: unknown, savedAt = new Date().toISOString()): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ savedAt, value }));
  renameSync(temporary, path);
};

/** The kept value, or null when there is none or it no longer fits the schema (another version wrote it). */
export const readKeptJson = <T>(path: string, schema: z.ZodType<T>): Kept<T> | null => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { savedAt, value } = parsed as { savedAt?: unknown; value?: unknown };
  if (typeof savedAt !== 'string') return null;
  const result = schema.safeParse(value);
  return result.success ? { savedAt, value: result.data } : null;
};
