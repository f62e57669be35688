import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { JsonValue, readJsonColumn, toJsonText } from './json-column';

/** Core settings (the ones the CLI and web mode need too; Electron-only state lives elsewhere). */
export class SettingsStore {
  readonly #get: Database.Statement<[string], { value_json: string }>;
  readonly #set: Database.Statement<[string, string]>;
  readonly #delete: Database.Statement<[string]>;
  readonly #keys: Database.Statement<[], { key: string }>;

  constructor(db: Database.Database) {
    this.#get = db.prepare('SELECT value_json FROM settings WHERE key = ?');
    this.#set = db.prepare(
      'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
    );
    this.#delete = db.prepare('DELETE FROM settings WHERE key = ?');
    this.#keys = db.prepare('SELECT key FROM settings ORDER BY key');
  }

  /**
   * The value stored under `key`, or undefined when there is none or it no longer matches
   * `schema` (written by another version, say): callers fall back to their default rather
   * than failing to start over one stale setting.
   */
  get<T>(key: string, schema: z.ZodType<T>): T | undefined {
    const row = this.#get.get(key);
    if (row === undefined) return undefined;
    let value: JsonValue;
    try {
      value = readJsonColumn(JsonValue, row.value_json, `the setting "${key}"`);
    } catch {
      return undefined;
    }
    const result = schema.safeParse(value);
    return result.success ? result.data : undefined;
  }

  set(key: string, value: JsonValue): void {
    this.#set.run(key, toJsonText(value));
  }

  delete(key: string): boolean {
    return this.#delete.run(key).changes > 0;
  }

  keys(): string[] {
    return this.#keys.all().map((row) => row.key);
  }
}
