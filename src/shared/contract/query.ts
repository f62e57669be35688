import { z } from 'zod';

/** The SQL editor's calls: run, page through results, estimate, schema, history, saved queries, tabs. */

export const QueryStatus = z.enum(['running', 'complete', 'failed', 'cancelled', 'interrupted']);
export type QueryStatus = z.infer<typeof QueryStatus>;

export const ResultColumn = z.object({
  name: z.string(),
  /** The engine's type name: BIGINT, VARCHAR, TIMESTAMP, STRUCT(...), INT64, … */
  type: z.string(),
});
export type ResultColumn = z.infer<typeof ResultColumn>;

/** A cell as it travels: JSON (numbers, strings, booleans, null, nested arrays and objects). */
export const Cell = z.json();
export const ResultRows = z.array(z.array(Cell));

/** Where in the statement the engine says the error is, 1-based. */
export const SqlPosition = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) });
export type SqlPosition = z.infer<typeof SqlPosition>;

export const ParamValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const QueryParams = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Parameter names are letters, digits and _.'),
  ParamValue,
);

export const QueryResultMeta = z.object({
  resultId: z.string(),
  historyId: z.string(),
  sourceId: z.string(),
  sql: z.string(),
  columns: z.array(ResultColumn),
  rowCount: z.number().int().min(0),
  status: QueryStatus,
  /** What went wrong, in the engine's words plus what to do; null when it did not fail. */
  error: z.string().nullable(),
  errorPosition: SqlPosition.nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  elapsedMs: z.number().nullable(),
  bytesProcessed: z.number().nullable(),
  bytesBilled: z.number().nullable(),
  cacheHit: z.boolean().nullable(),
  estimateBytes: z.number().nullable(),
  /** Something to know about a complete result, such as having reached the row limit; absent otherwise. */
  note: z.string().optional(),
});
export type QueryResultMeta = z.infer<typeof QueryResultMeta>;

export const QueryEstimate = z.object({
  statementType: z.string(),
  readOnly: z.boolean(),
  estimatedRows: z.number().nullable(),
  bytesProcessed: z.number().nullable(),
  /** On-demand price of the bytes, in US dollars; null where the engine bills nothing (local). */
  costUsd: z.number().nullable(),
  /** Why there is no estimate (a tentative estimate of text that does not parse yet); null otherwise. */
  problem: z.string().nullable(),
});
export type QueryEstimate = z.infer<typeof QueryEstimate>;

export const SchemaTable = z.object({
  schema: z.string(),
  name: z.string(),
  rowCount: z.number(),
  columns: z.array(ResultColumn),
  /** Stored size where the engine reports it (BigQuery); scanning it whole costs about this much. */
  sizeBytes: z.number().nullable().optional(),
});
export type SchemaTable = z.infer<typeof SchemaTable>;

export const HistoryItem = z.object({
  id: z.string(),
  sourceId: z.string(),
  sql: z.string(),
  status: QueryStatus,
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  elapsedMs: z.number().nullable(),
  rowCount: z.number().nullable(),
  /** The cached result of the run, when it is still kept. */
  resultId: z.string().nullable(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const SavedQueryItem = z.object({
  id: z.string(),
  sourceId: z.string(),
  name: z.string(),
  sql: z.string(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedQueryItem = z.infer<typeof SavedQueryItem>;

export const EditorTab = z.object({
  id: z.string().min(1).max(80),
  title: z.string().max(120),
  sql: z.string().max(1_000_000, 'A tab holds at most a million characters.'),
  sourceId: z.string(),
  /** The last result shown in the tab, so it reappears after a restart. */
  resultId: z.string().nullable(),
});
export type EditorTab = z.infer<typeof EditorTab>;

export const EditorTabs = z.object({
  tabs: z.array(EditorTab).max(50, 'Keep at most 50 tabs open.'),
  activeId: z.string().nullable(),
});
export type EditorTabs = z.infer<typeof EditorTabs>;

const sourceId = z.string().min(1, 'Say which data source to use.');
const empty = z.object({}).strict();

export const queryMethods = {
  'query.run': {
    input: z
      .object({
        sourceId,
        // Not trimmed: error positions are counted in this text exactly as it was sent.
        sql: z
          .string()
          .max(1_000_000)
          .refine((text) => text.trim() !== '', 'Write a statement to run.'),
        params: QueryParams.optional(),
        /** Chosen by the caller so it can cancel the run and follow its progress. */
        jobId: z
          .string()
          .regex(/^[\w-]{1,80}$/)
          .optional(),
      })
      .strict(),
    output: QueryResultMeta,
  },
  'query.cancel': {
    input: z.object({ jobId: z.string().min(1) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'query.result': { input: z.object({ resultId: z.string().min(1) }).strict(), output: QueryResultMeta },
  'query.rows': {
    input: z
      .object({
        resultId: z.string().min(1),
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(5000, 'Ask for at most 5,000 rows at a time.'),
      })
      .strict(),
    output: z.object({ rows: ResultRows }),
  },
  'query.estimate': {
    input: z
      .object({
        sourceId,
        sql: z.string().trim().min(1).max(1_000_000),
        /** True while the person is still typing: a statement the engine rejects is a `problem`, not an error. */
        tentative: z.boolean().default(false),
        /** Values of named parameters, so BigQuery's dry run estimates what will really run. */
        params: QueryParams.optional(),
      })
      .strict(),
    output: QueryEstimate,
  },
  'schema.tables': {
    input: z.object({ sourceId }).strict(),
    output: z.object({ dialect: z.enum(['duckdb', 'bigquery']), tables: z.array(SchemaTable) }),
  },
  'history.list': {
    input: z
      .object({
        sourceId: z.string().optional(),
        search: z.string().max(500).optional(),
        statuses: z.array(QueryStatus).optional(),
        from: z.iso.datetime().optional(),
        to: z.iso.datetime().optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ entries: z.array(HistoryItem), total: z.number().int() }),
  },
  'saved.list': {
    input: z
      .object({ sourceId: z.string().optional(), search: z.string().optional(), tag: z.string().optional() })
      .strict(),
    output: z.object({ queries: z.array(SavedQueryItem) }),
  },
  'saved.save': {
    input: z
      .object({
        sourceId,
        name: z.string().trim().min(1, 'Give the query a name.').max(120),
        sql: z.string().trim().min(1, 'There is no SQL to save.'),
        tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
      })
      .strict(),
    output: SavedQueryItem,
  },
  'saved.delete': { input: z.object({ id: z.string().min(1) }).strict(), output: z.object({ deleted: z.boolean() }) },
  'editor.tabs.load': { input: empty, output: EditorTabs },
  'editor.tabs.save': { input: EditorTabs, output: z.object({ saved: z.boolean() }) },
} as const;
