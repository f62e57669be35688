/**
 * BigQuery AI results kept on disk (SQLite), so a second look at the same product costs nothing
 * and works offline. Keyed by what decides the answer: the task, the rendered SQL (which holds
 * the dataset, connection and model names), the parameters and the dataset.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ParamValue } from '../warehouse/warehouse';

export interface CacheKeyParts {
  task: string;
  sql: string;
  params: Record<string, ParamValue>;
  dataset: string;
}

/** Parameters sorted by name, so the same values always give the same key. */
export const cacheKey = (parts: CacheKeyParts): string => {
  const params = Object.keys(parts.params)
    .sort()
    .map((name) => [name, parts.params[name] ?? null]);
  return createHash('sha256')
    .update(JSON.stringify([parts.task, parts.sql, params, parts.dataset]))
    .digest('hex');
};

export interface CachedResult {
  value: unknown;
  bytesBilled: number | null;
  createdAt: number;
}

export class AiResultCache {
  readonly #db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path);
    this.#db.pragma('journal_mode = WAL');
    this.#db.exec(`CREATE TABLE IF NOT EXISTS bigquery_ai_results (
      key TEXT PRIMARY KEY,
      task TEXT NOT NULL,
      dataset TEXT NOT NULL,
      value TEXT NOT NULL,
      bytes_billed INTEGER,
      created_at INTEGER NOT NULL
    )`);
  }

  get(key: string): CachedResult | null {
    const row = this.#db
      .prepare('SELECT value, bytes_billed, created_at FROM bigquery_ai_results WHERE key = ?')
      .get(key) as { value: string; bytes_billed: number | null; created_at: number } | undefined;
    if (!row) return null;
    return { value: JSON.parse(row.value) as unknown, bytesBilled: row.bytes_billed, createdAt: row.created_at };
  }

  set(
    key: string,
    entry: { task: string; dataset: string; value: unknown; bytesBilled: number | null },
    now: number,
  ): void {
    this.#db
      .prepare(
        `INSERT INTO bigquery_ai_results (key, task, dataset, value, bytes_billed, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, bytes_billed = excluded.bytes_billed, created_at = excluded.created_at`,
      )
      .run(key, entry.task, entry.dataset, JSON.stringify(entry.value), entry.bytesBilled, now);
  }

  /** Forgets a task's results for a dataset (e.g. searches, once the embeddings are rebuilt). */
  forget(task: string, dataset: string): number {
    return this.#db.prepare('DELETE FROM bigquery_ai_results WHERE task = ? AND dataset = ?').run(task, dataset)
      .changes;
  }

  close(): void {
    this.#db.close();
  }
}
