import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { SourceKind } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import { isoNow, type Clock } from './clock';
import { JsonValue, readJsonColumn, toJsonText } from './json-column';
import { requiredText } from './required-text';
import { isUniqueViolation } from './sqlite-errors';

type SourceKindName = z.infer<typeof SourceKind>;

export interface CachedSource {
  id: string;
  name: string;
  kind: SourceKindName;
  /** A DuckDB file path (local) or `project.dataset` (bigquery). */
  location: string;
  /** The semantic model, once one exists. */
  model: JsonValue | null;
  createdAt: string;
  updatedAt: string;
}

export interface SourceInput {
  /** Omit to add a new source; give an existing id to change it. */
  id?: string;
  name: string;
  kind: SourceKindName;
  location: string;
  model?: JsonValue | null;
}

interface SourceRow {
  id: string;
  name: string;
  kind: string;
  location: string;
  model_json: string | null;
  created_at: string;
  updated_at: string;
}

const toSource = (row: SourceRow): CachedSource => ({
  id: row.id,
  name: row.name,
  kind: SourceKind.parse(row.kind),
  location: row.location,
  model:
    row.model_json === null ? null : readJsonColumn(JsonValue, row.model_json, `the model of source "${row.name}"`),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The data sources someone has added (the built-in demo store is not one of these rows). */
export class SourceStore {
  readonly #clock: Clock;
  readonly #upsert: Database.Statement<Record<string, string | null>, SourceRow>;
  readonly #get: Database.Statement<[string], SourceRow>;
  readonly #getByName: Database.Statement<[string], SourceRow>;
  readonly #list: Database.Statement<[], SourceRow>;
  readonly #remove: Database.Statement<[string]>;

  constructor(db: Database.Database, options: { clock: Clock }) {
    this.#clock = options.clock;
    this.#upsert = db.prepare(
      `INSERT INTO sources (id, name, kind, location, model_json, created_at, updated_at)
       VALUES (@id, @name, @kind, @location, @model, @now, @now)
       ON CONFLICT (id) DO UPDATE
         SET name = excluded.name, kind = excluded.kind, location = excluded.location,
             model_json = excluded.model_json, updated_at = excluded.updated_at
       RETURNING *`,
    );
    this.#get = db.prepare('SELECT * FROM sources WHERE id = ?');
    this.#getByName = db.prepare('SELECT * FROM sources WHERE name = ?');
    this.#list = db.prepare('SELECT * FROM sources ORDER BY name');
    this.#remove = db.prepare('DELETE FROM sources WHERE id = ?');
  }

  /** Adds a source, or replaces every field of the one with `input.id` (keeping its creation time). */
  upsert(input: SourceInput): CachedSource {
    const name = requiredText(input.name, 'name', 'The source name');
    try {
      const row = this.#upsert.get({
        id: input.id ?? randomUUID(),
        name,
        kind: SourceKind.parse(input.kind),
        location: requiredText(input.location, 'location', 'The location'),
        model: input.model === undefined || input.model === null ? null : toJsonText(input.model),
        now: isoNow(this.#clock),
      });
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      return toSource(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AisleError('invalid_input', `A source named "${name}" already exists. Choose another name.`, {
        field: 'name',
        cause: error,
      });
    }
  }

  get(id: string): CachedSource | null {
    const row = this.#get.get(id);
    return row === undefined ? null : toSource(row);
  }

  /** Names match ignoring ASCII case, as uniqueness does. */
  getByName(name: string): CachedSource | null {
    const row = this.#getByName.get(name.trim());
    return row === undefined ? null : toSource(row);
  }

  /** Sorted by name. */
  list(): CachedSource[] {
    return this.#list.all().map(toSource);
  }

  remove(id: string): boolean {
    return this.#remove.run(id).changes > 0;
  }
}
