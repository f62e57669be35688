import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AisleError } from '../core/aisle-error';
import { isoNow, type Clock } from './clock';
import { readJsonColumn, toJsonText } from './json-column';
import { requiredText } from './required-text';
import { addEquals, addTag, addTextSearch, emptyFilter, whereSql } from './sql-filter';
import { isUniqueViolation } from './sqlite-errors';
import { normalizeTags, Tags } from './tags';

export interface SavedQuery {
  id: string;
  sourceId: string;
  name: string;
  sql: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface SaveQueryInput {
  sourceId: string;
  name: string;
  sql: string;
  tags?: readonly string[];
}

export interface SavedQueryFilter {
  sourceId?: string;
  /** Only queries carrying this tag (case-insensitive for ASCII). */
  tag?: string;
  /** Words that must all appear in the name or the SQL. */
  search?: string;
}

interface SavedQueryRow {
  id: string;
  source_id: string;
  name: string;
  sql: string;
  tags_json: string;
  created_at: string;
  updated_at: string;
}

const toSavedQuery = (row: SavedQueryRow): SavedQuery => ({
  id: row.id,
  sourceId: row.source_id,
  name: row.name,
  sql: row.sql,
  tags: readJsonColumn(Tags, row.tags_json, `the tags of saved query "${row.name}"`),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const notFound = (): AisleError =>
  new AisleError('not_found', 'That saved query no longer exists; it may have been deleted in another window.');

/** Named SQL per source. Names are unique per source, ignoring ASCII case. */
export class SavedQueryStore {
  readonly #db: Database.Database;
  readonly #clock: Clock;
  readonly #upsert: Database.Statement<Record<string, string>, SavedQueryRow>;
  readonly #rename: Database.Statement<[string, string, string], SavedQueryRow>;
  readonly #get: Database.Statement<[string], SavedQueryRow>;
  readonly #delete: Database.Statement<[string]>;

  constructor(db: Database.Database, options: { clock: Clock }) {
    this.#db = db;
    this.#clock = options.clock;
    this.#upsert = db.prepare(
      `INSERT INTO saved_queries (id, source_id, name, sql, tags_json, created_at, updated_at)
       VALUES (@id, @sourceId, @name, @sql, @tags, @now, @now)
       ON CONFLICT (source_id, name) DO UPDATE
         SET name = excluded.name, sql = excluded.sql, tags_json = excluded.tags_json, updated_at = excluded.updated_at
       RETURNING *`,
    );
    this.#rename = db.prepare('UPDATE saved_queries SET name = ?, updated_at = ? WHERE id = ? RETURNING *');
    this.#get = db.prepare('SELECT * FROM saved_queries WHERE id = ?');
    this.#delete = db.prepare('DELETE FROM saved_queries WHERE id = ?');
  }

  /** Saves under `name`, replacing the SQL and tags of a query of that name for the same source. */
  save(input: SaveQueryInput): SavedQuery {
    const row = this.#upsert.get({
      id: randomUUID(),
      sourceId: input.sourceId,
      name: requiredText(input.name, 'name', 'The name'),
      sql: input.sql,
      tags: toJsonText(normalizeTags(input.tags)),
      now: isoNow(this.#clock),
    });
    if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
    return toSavedQuery(row);
  }

  rename(id: string, name: string): SavedQuery {
    const newName = requiredText(name, 'name', 'The name');
    try {
      const row = this.#rename.get(newName, isoNow(this.#clock), id);
      if (row === undefined) throw notFound();
      return toSavedQuery(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AisleError(
        'invalid_input',
        `A saved query named "${newName}" already exists for this source. Choose another name.`,
        { field: 'name', cause: error },
      );
    }
  }

  get(id: string): SavedQuery | null {
    const row = this.#get.get(id);
    return row === undefined ? null : toSavedQuery(row);
  }

  delete(id: string): boolean {
    return this.#delete.run(id).changes > 0;
  }

  /** Sorted by name. */
  list(filter: SavedQueryFilter = {}): SavedQuery[] {
    const where = emptyFilter();
    addEquals(where, 'source_id', filter.sourceId);
    addTag(where, 'tags_json', filter.tag);
    addTextSearch(where, '(name || char(10) || sql)', filter.search);
    return this.#db
      .prepare<Record<string, string | number>, SavedQueryRow>(
        `SELECT * FROM saved_queries ${whereSql(where)} ORDER BY name COLLATE NOCASE, id`,
      )
      .all(where.params)
      .map(toSavedQuery);
  }
}
