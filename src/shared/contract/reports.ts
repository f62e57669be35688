import { z } from 'zod';

/** A pinned chart's settings: which columns on which axis, and how it is drawn. */
export const PinnedChart = z.object({
  type: z.enum(['bar', 'line', 'area', 'scatter', 'pie']),
  x: z.number().int().min(0),
  y: z.array(z.number().int().min(0)).min(1).max(8),
});

export const PinnedReport = z.object({ id: z.string(), title: z.string(), version: z.number().int() });

export const ReportSummary = z.object({
  id: z.string(),
  title: z.string(),
  /** 'sql' (a SQL result or an Ask answer), 'forecast', … */
  kind: z.string(),
  sourceId: z.string(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.number().int(),
  /** When the latest version's numbers were read. */
  asOf: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportVersionView = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  /** The frozen numbers: a table snapshot ({columns, rows, rowCount, truncated, asOf}) or {forecast}. */
  snapshot: z.json(),
});

export const ReportComparison = z.object({
  /** Label columns, then each compared measure. */
  key: z.array(z.string()),
  measures: z.array(z.string()),
  rows: z.array(
    z.object({
      key: z.array(z.string()),
      before: z.array(z.number().nullable()),
      after: z.array(z.number().nullable()),
    }),
  ),
  added: z.number().int(),
  removed: z.number().int(),
});
export type ReportComparison = z.infer<typeof ReportComparison>;

const reportId = z.string().min(1, 'Say which report.');

/** Reports one `reports.previews` call reads at most: a screenful of cards and then some. */
export const PREVIEW_BATCH = 100;

export const ReportPreview = z.object({
  id: z.string(),
  /** The latest version's number; 0 when the report has none yet. */
  version: z.number().int(),
  spec: z.json(),
  /** The latest snapshot cut to what its library thumbnail draws (`previewSnapshot`); null without one. */
  snapshot: z.json(),
});
export type ReportPreview = z.infer<typeof ReportPreview>;

/** A file main wrote into the data folder's exports/ (web mode downloads it by name). */
export const ExportedFile = z.object({
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
});

export const reportMethods = {
  /** Pins a SQL result as a report: its SQL, chart settings and a snapshot of its first rows. */
  'reports.pin': {
    input: z
      .object({
        title: z.string().trim().min(1, 'Give the report a title.').max(120),
        resultId: z.string().min(1),
        chart: PinnedChart.nullable(),
        tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
      })
      .strict(),
    output: PinnedReport,
  },
  /** The report library: search over titles and tags, a tag or kind, newest first. */
  'reports.list': {
    input: z
      .object({
        search: z.string().max(200).default(''),
        tag: z.string().max(40).optional(),
        kind: z.string().max(40).optional(),
        sourceId: z.string().optional(),
      })
      .strict(),
    output: z.object({
      reports: z.array(ReportSummary),
      tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
    }),
  },
  /**
   * Library thumbnails: each report's spec and its latest snapshot cut to what the thumbnail draws,
   * for many reports in one call. Ids of reports that no longer exist come back in `missing`.
   */
  'reports.previews': {
    input: z
      .object({
        ids: z.array(reportId).min(1).max(PREVIEW_BATCH, `Ask for at most ${PREVIEW_BATCH} previews at once.`),
      })
      .strict(),
    output: z.object({ previews: z.array(ReportPreview), missing: z.array(z.string()) }),
  },
  'reports.get': {
    input: z.object({ id: reportId }).strict(),
    output: z.object({ report: ReportSummary, spec: z.json(), versions: z.array(ReportVersionView) }),
  },
  /** Re-runs the report on its source (online) and keeps the result as a new version; earlier ones stay. */
  'reports.refresh': {
    input: z
      .object({
        id: reportId,
        jobId: z
          .string()
          .regex(/^[\w-]{1,80}$/)
          .optional(),
      })
      .strict(),
    output: z.object({ report: ReportSummary, version: z.number().int() }),
  },
  'reports.update': {
    input: z
      .object({
        id: reportId,
        title: z.string().trim().min(1, 'Give the report a title.').max(120).optional(),
        tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
      })
      .strict(),
    output: ReportSummary,
  },
  'reports.delete': {
    input: z.object({ id: reportId }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  /** One version's table (the latest by default) as CSV or XLSX: works offline, from the snapshot. */
  'reports.exportTable': {
    input: z
      .object({ id: reportId, version: z.number().int().min(1).optional(), format: z.enum(['csv', 'xlsx']) })
      .strict(),
    output: ExportedFile.extend({ rows: z.number().int(), truncated: z.boolean() }),
  },
  /** A PowerPoint deck of the chosen reports (their latest versions), with native, editable charts. */
  'reports.deck': {
    input: z
      .object({
        ids: z.array(reportId).min(1, 'Choose at least one report for the deck.').max(100),
        title: z.string().trim().max(120).optional(),
      })
      .strict(),
    output: ExportedFile.extend({ slides: z.number().int() }),
  },
  /** Two versions of a table report side by side, row by row (rows matched on their label columns). */
  'reports.compare': {
    input: z.object({ id: reportId, before: z.number().int().min(1), after: z.number().int().min(1) }).strict(),
    output: ReportComparison,
  },
} as const;
