import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AisleError } from '../core/aisle-error';
import { isoNow, type Clock } from './clock';
import { JsonValue, readJsonColumn, toJsonText } from './json-column';
import { requiredText } from './required-text';
import { addEquals, addTag, addTextSearch, emptyFilter, paging, whereSql } from './sql-filter';
import { isForeignKeyViolation } from './sqlite-errors';
import { normalizeTags, Tags } from './tags';

export interface Report {
  id: string;
  title: string;
  /** What renders it (an insight, a chart, a deck…); the reports feature owns the list. */
  kind: string;
  sourceId: string;
  spec: JsonValue;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** A frozen copy of what the report showed at one point: its numbers survive the result's eviction. */
export interface ReportVersion {
  reportId: string;
  version: number;
  resultId: string | null;
  snapshot: JsonValue;
  createdAt: string;
}

export interface ReportWithVersions {
  report: Report;
  /** Oldest first. */
  versions: ReportVersion[];
}

/** A report with only its latest version, as the library's thumbnails read it. */
export interface ReportWithLatest {
  report: Report;
  /** Null when the report has no version yet. */
  latest: {
    version: number;
    createdAt: string;
    /**
     * Parsed but not checked: the caller reads it defensively and keeps a little of it, and
     * checking thousands of rows only to drop them costs ten times the parse.
     */
    snapshot: unknown;
  } | null;
}

export interface NewReport {
  title: string;
  kind: string;
  sourceId: string;
  spec: JsonValue;
  tags?: readonly string[];
}

export interface ReportPatch {
  title?: string;
  spec?: JsonValue;
  tags?: readonly string[];
}

export interface ReportFilter {
  /** Words that must all appear in the title or a tag. */
  search?: string;
  kind?: string;
  sourceId?: string;
  tag?: string;
  limit?: number;
  offset?: number;
}

interface ReportRow {
  id: string;
  title: string;
  kind: string;
  source_id: string;
  spec_json: string;
  tags_json: string;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  report_id: string;
  version: number;
  result_id: string | null;
  snapshot_json: string;
  created_at: string;
}

const toReport = (row: ReportRow): Report => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  sourceId: row.source_id,
  spec: readJsonColumn(JsonValue, row.spec_json, `the definition of report "${row.title}"`),
  tags: readJsonColumn(Tags, row.tags_json, `the tags of report "${row.title}"`),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toVersion = (row: VersionRow): ReportVersion => ({
  reportId: row.report_id,
  version: row.version,
  resultId: row.result_id,
  snapshot: readJsonColumn(JsonValue, row.snapshot_json, `version ${row.version} of a report`),
  createdAt: row.created_at,
});

const notFound = (): AisleError =>
  new AisleError('not_found', 'That report no longer exists; it may have been deleted in another window.');

/** Saved reports and their numbered snapshots. */
/** A snapshot's JSON, or null when it cannot be read (one damaged row must not blank a screenful of cards). */
const readableSnapshot = (json: string, what: string): unknown => {
  try {
    return readJsonColumn(z.unknown(), json, what);
  } catch {
    return null;
  }
};

export class ReportStore {
  readonly #db: Database.Database;
  readonly #clock: Clock;
  readonly #insert: Database.Statement<Record<string, string>, ReportRow>;
  readonly #update: Database.Statement<Record<string, string>, ReportRow>;
  readonly #get: Database.Statement<[string], ReportRow>;
  readonly #versions: Database.Statement<[string], VersionRow>;
  readonly #insertVersion: Database.Statement<Record<string, string | null>, VersionRow>;
  readonly #touch: Database.Statement<[string, string]>;
  readonly #delete: Database.Statement<[string]>;

  constructor(db: Database.Database, options: { clock: Clock }) {
    this.#db = db;
    this.#clock = options.clock;
    this.#insert = db.prepare(
      `INSERT INTO reports (id, title, kind, source_id, spec_json, tags_json, created_at, updated_at)
       VALUES (@id, @title, @kind, @sourceId, @spec, @tags, @now, @now) RETURNING *`,
    );
    this.#update = db.prepare(
      `UPDATE reports SET title = @title, spec_json = @spec, tags_json = @tags, updated_at = @now
       WHERE id = @id RETURNING *`,
    );
    this.#get = db.prepare('SELECT * FROM reports WHERE id = ?');
    this.#versions = db.prepare('SELECT * FROM report_versions WHERE report_id = ? ORDER BY version');
    // The next number is computed in the INSERT itself, so two writers cannot take the same one.
    this.#insertVersion = db.prepare(
      `INSERT INTO report_versions (report_id, version, result_id, snapshot_json, created_at)
       SELECT @reportId, coalesce(max(version), 0) + 1, @resultId, @snapshot, @now
       FROM report_versions WHERE report_id = @reportId
       RETURNING *`,
    );
    this.#touch = db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?');
    this.#delete = db.prepare('DELETE FROM reports WHERE id = ?');
  }

  create(input: NewReport): Report {
    const row = this.#insert.get({
      id: randomUUID(),
      title: requiredText(input.title, 'title', 'The title'),
      kind: requiredText(input.kind, 'kind', 'The report kind'),
      sourceId: input.sourceId,
      spec: toJsonText(input.spec),
      tags: toJsonText(normalizeTags(input.tags)),
      now: isoNow(this.#clock),
    });
    if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
    return toReport(row);
  }

  update(id: string, patch: ReportPatch): Report {
    return this.#db.transaction(() => {
      const current = this.#get.get(id);
      if (current === undefined) throw notFound();
      const report = toReport(current);
      const row = this.#update.get({
        id,
        title: patch.title === undefined ? report.title : requiredText(patch.title, 'title', 'The title'),
        spec: toJsonText(patch.spec ?? report.spec),
        tags: toJsonText(patch.tags === undefined ? report.tags : normalizeTags(patch.tags)),
        now: isoNow(this.#clock),
      });
      if (row === undefined) throw notFound();
      return toReport(row);
    })();
  }

  /** Stores the next numbered snapshot (1, 2, 3…) of a report. */
  addVersion(reportId: string, input: { snapshot: JsonValue; resultId?: string | null }): ReportVersion {
    return this.#db
      .transaction(() => {
        const now = isoNow(this.#clock);
        if (this.#touch.run(now, reportId).changes === 0) throw notFound();
        try {
          const row = this.#insertVersion.get({
            reportId,
            resultId: input.resultId ?? null,
            snapshot: toJsonText(input.snapshot),
            now,
          });
          if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
          return toVersion(row);
        } catch (error) {
          if (!isForeignKeyViolation(error)) throw error;
          throw new AisleError(
            'not_found',
            'The result for this snapshot is no longer in the cache. Run the query again, then save the version.',
            { field: 'resultId', cause: error },
          );
        }
      })
      .immediate();
  }

  get(id: string): ReportWithVersions | null {
    return this.#db.transaction(() => {
      const row = this.#get.get(id);
      if (row === undefined) return null;
      return { report: toReport(row), versions: this.#versions.all(id).map(toVersion) };
    })();
  }

  /**
   * Each report with its latest version only, in one read (a library asks for a screenful of
   * thumbnails at once). Ids with no report are left out of the map.
   */
  /** Each report with its latest version; a snapshot that cannot be read comes back as null, not as an error for all. */
  latestVersions(ids: readonly string[]): Map<string, ReportWithLatest> {
    if (ids.length === 0) return new Map();
    const rows = this.#db
      .prepare<
        [string],
        ReportRow & { version: number | null; version_created_at: string | null; snapshot_json: string | null }
      >(
        `SELECT r.*, v.version, v.created_at AS version_created_at, v.snapshot_json
         FROM reports r
         LEFT JOIN report_versions v
           ON v.report_id = r.id
          AND v.version = (SELECT max(version) FROM report_versions WHERE report_id = r.id)
         WHERE r.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids));
    return new Map(
      rows.map((row) => {
        const report = toReport(row);
        const latest =
          row.version === null || row.version_created_at === null || row.snapshot_json === null
            ? null
            : {
                version: row.version,
                createdAt: row.version_created_at,
                snapshot: readableSnapshot(row.snapshot_json, `version ${row.version} of "${report.title}"`),
              };
        return [report.id, { report, latest }];
      }),
    );
  }

  /**
   * How many versions each report has and when its latest one's numbers were read, without
   * reading the snapshots themselves (the library lists hundreds of reports).
   */
  versionSummaries(ids: readonly string[]): Map<string, { versions: number; asOf: string | null }> {
    if (ids.length === 0) return new Map();
    const rows = this.#db
      .prepare<[string], { report_id: string; versions: number; as_of: string | null }>(
        `SELECT v.report_id, counts.versions,
                coalesce(json_extract(v.snapshot_json, '$.asOf'), json_extract(v.snapshot_json, '$.forecast.asOf'), v.created_at) AS as_of
         FROM report_versions v
         JOIN (SELECT report_id, count(*) AS versions, max(version) AS latest FROM report_versions
               WHERE report_id IN (SELECT value FROM json_each(?)) GROUP BY report_id) counts
           ON counts.report_id = v.report_id AND counts.latest = v.version`,
      )
      .all(JSON.stringify(ids));
    return new Map(rows.map((row) => [row.report_id, { versions: row.versions, asOf: row.as_of }]));
  }

  /** Most recently changed first. */
  list(filter: ReportFilter = {}): Report[] {
    const where = emptyFilter();
    addEquals(where, 'kind', filter.kind);
    addEquals(where, 'source_id', filter.sourceId);
    addTag(where, 'tags_json', filter.tag);
    addTextSearch(where, '(title || char(10) || tags_json)', filter.search);
    const { limit, offset } = paging(filter.limit, filter.offset);
    return this.#db
      .prepare<Record<string, string | number>, ReportRow>(
        `SELECT * FROM reports ${whereSql(where)} ORDER BY updated_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...where.params, limit, offset })
      .map(toReport);
  }

  /** Deletes the report and all its versions. */
  delete(id: string): boolean {
    return this.#delete.run(id).changes > 0;
  }
}
