import { z } from 'zod';
import { ForecastResult } from '../../../shared/contract/forecast';
import { viewFacts } from '../../../shared/explore/view-words';
import { ExploreReportSpec } from '../../../shared/reports/explore-report-spec';
import type { Cache, Report, ReportVersion } from '../../cache';
import { AisleError } from '../../core/aisle-error';

/** A chart type PowerPoint draws natively (pptxgenjs writes it as an editable chart with its data). */
export const nativeChartTypes = ['bar', 'column', 'line', 'area', 'pie', 'scatter'] as const;
export type NativeChartType = (typeof nativeChartTypes)[number];

/** Chart types only drawn as an image (ECharts, rendered to PNG): PowerPoint has no native chart for them. */
export const imageOnlyChartTypes = ['funnel'] as const;
export type DeckChartType = NativeChartType | (typeof imageOnlyChartTypes)[number];

const Column = z.object({ name: z.string(), type: z.string().catch('') });

/** A chart as a report keeps it: column positions. The type is read loosely so a newer kind degrades, not fails. */
const SqlChart = z.object({
  type: z.string(),
  x: z.number().int().min(0),
  y: z.array(z.number().int().min(0)).min(1),
  /** Optional orientation for bars; "bar" with horizontal bars is drawn as `barDir="bar"`. */
  horizontal: z.boolean().optional(),
});

const Narrative = z.union([z.array(z.string()), z.string().transform((text) => [text])]).optional();

const SqlSpec = z.object({
  sql: z.string(),
  chart: SqlChart.nullable().catch(null).default(null),
  narrative: Narrative.catch(undefined),
});

const SqlSnapshot = z.object({
  columns: z.array(Column),
  rows: z.array(z.array(z.unknown())),
  rowCount: z.number().int().min(0).optional(),
  truncated: z.boolean().optional(),
  asOf: z.string().optional(),
  narrative: Narrative.catch(undefined),
});

const ForecastSpec = z.object({ request: z.record(z.string(), z.unknown()).optional() });
const ForecastSnapshot = z.object({ forecast: ForecastResult });

export interface SqlChartSpec {
  type: string;
  x: number;
  y: number[];
  horizontal: boolean;
}

/** Products an explorer view's slide charts: the top of the view, readable on a slide. */
export const EXPLORE_SLIDE_ROWS = 15;

/** A table with a chart: a SQL report's result, or an explorer view's products. */
export interface SqlDeckContent {
  kind: 'sql';
  /** What made the numbers, for the speaker notes: the SQL, or the explorer view in words. */
  definition: string[];
  /** Side-panel notes of the report's own (an explorer view names the products left off). */
  notes: string[];
  chart: SqlChartSpec | null;
  columns: { name: string; type: string }[];
  rows: unknown[][];
  /** Rows of the full result (the snapshot may hold fewer). */
  rowCount: number;
  /** The snapshot holds only the first rows of the result. */
  truncated: boolean;
  asOf: string;
  narrative: string[];
}

export interface ForecastDeckContent {
  kind: 'forecast';
  forecast: ForecastResult;
}

export interface UnreadableDeckContent {
  kind: 'unreadable';
  /** Why the report cannot be drawn, in words for the slide. */
  reason: string;
}

export type DeckContent = SqlDeckContent | ForecastDeckContent | UnreadableDeckContent;

/** One report as a deck draws it: its latest version, read and checked. */
export interface DeckReport {
  id: string;
  title: string;
  /** The report's kind as stored ("sql", "forecast", or something this version does not know). */
  kind: string;
  sourceId: string;
  tags: string[];
  /** The version drawn (the latest), or null when the report has none. */
  version: number | null;
  content: DeckContent;
}

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'value'}: ${issue.message}`)
    .join('; ');

/**
 * Reads a stored report and its latest snapshot into what a slide needs; never throws on a bad
 * shape. `currency` is the ISO code of the report's source (for prices in an explorer view's words).
 */
export const toDeckReport = (
  report: Report,
  latest: ReportVersion | undefined,
  currency: string | null = null,
): DeckReport => {
  const base = {
    id: report.id,
    title: report.title,
    kind: report.kind,
    sourceId: report.sourceId,
    tags: report.tags,
    version: latest?.version ?? null,
  };
  const unreadable = (reason: string): DeckReport => ({ ...base, content: { kind: 'unreadable', reason } });
  if (!latest) return unreadable('This report has no saved version yet, so there is nothing to draw.');
  switch (report.kind) {
    case 'sql': {
      const spec = SqlSpec.safeParse(report.spec);
      if (!spec.success) return unreadable(`Its definition has an unexpected shape (${describeIssues(spec.error)}).`);
      const snapshot = SqlSnapshot.safeParse(latest.snapshot);
      if (!snapshot.success)
        return unreadable(`Its saved numbers have an unexpected shape (${describeIssues(snapshot.error)}).`);
      const { columns, rows } = snapshot.data;
      const chart = spec.data.chart;
      return {
        ...base,
        content: {
          kind: 'sql',
          definition: ['SQL:', spec.data.sql],
          notes: [],
          chart: chart ? { type: chart.type, x: chart.x, y: chart.y, horizontal: chart.horizontal ?? false } : null,
          columns,
          rows,
          rowCount: snapshot.data.rowCount ?? rows.length,
          truncated: snapshot.data.truncated ?? false,
          asOf: snapshot.data.asOf ?? latest.createdAt,
          narrative: snapshot.data.narrative ?? spec.data.narrative ?? [],
        },
      };
    }
    case 'explore': {
      const spec = ExploreReportSpec.safeParse(report.spec);
      if (!spec.success) return unreadable(`Its definition has an unexpected shape (${describeIssues(spec.error)}).`);
      const snapshot = SqlSnapshot.safeParse(latest.snapshot);
      if (!snapshot.success)
        return unreadable(`Its saved numbers have an unexpected shape (${describeIssues(snapshot.error)}).`);
      const { columns, rows } = snapshot.data;
      const chart = spec.data.chart;
      const total = snapshot.data.rowCount ?? rows.length;
      const shown = rows.slice(0, EXPLORE_SLIDE_ROWS);
      return {
        ...base,
        content: {
          kind: 'sql',
          definition: [
            'Explorer view:',
            ...viewFacts(spec.data.view, currency).map((fact) => `${fact.label}: ${fact.value}`),
          ],
          notes:
            total > shown.length
              ? [
                  `Shows the first ${shown.length} of ${total.toLocaleString('en-US')} products in the view; the app has them all.`,
                ]
              : [],
          chart: chart ? { type: chart.type, x: chart.x, y: chart.y, horizontal: false } : null,
          columns,
          rows: shown,
          rowCount: total,
          truncated: false,
          asOf: snapshot.data.asOf ?? latest.createdAt,
          narrative: snapshot.data.narrative ?? [],
        },
      };
    }
    case 'forecast': {
      const spec = ForecastSpec.safeParse(report.spec);
      if (!spec.success) return unreadable(`Its definition has an unexpected shape (${describeIssues(spec.error)}).`);
      const snapshot = ForecastSnapshot.safeParse(latest.snapshot);
      if (!snapshot.success)
        return unreadable(`Its saved forecast has an unexpected shape (${describeIssues(snapshot.error)}).`);
      return { ...base, content: { kind: 'forecast', forecast: snapshot.data.forecast } };
    }
    default:
      return unreadable(`Reports of kind "${report.kind}" cannot be drawn in a deck by this version of Aisle.`);
  }
};

/** Every report, most recently changed first (the store pages; this reads all pages). */
const allReports = (cache: Cache): Report[] => {
  const all: Report[] = [];
  const limit = 1_000;
  for (let offset = 0; ; offset += limit) {
    const page = cache.reports.list({ limit, offset });
    all.push(...page);
    if (page.length < limit) return all;
  }
};

/**
 * The reports to put in a deck, each at its latest version: `'all'` (most recently changed
 * first) or the given ids in the given order. Unknown ids are an error that lists what exists.
 * `sourceCurrencies` (source id to ISO code) writes an explorer view's prices in its currency.
 */
export const readDeckReports = (
  cache: Cache,
  ids: readonly string[] | 'all',
  sourceCurrencies: Record<string, string | null> = {},
): DeckReport[] => {
  const reports =
    ids === 'all'
      ? allReports(cache)
      : (() => {
          const wanted = [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
          const found = wanted.map((id) => ({ id, report: cache.reports.get(id)?.report }));
          const missing = found.filter((entry) => entry.report === undefined).map((entry) => entry.id);
          if (missing.length > 0) {
            const existing = allReports(cache);
            const known =
              existing.length === 0
                ? 'There are no reports yet: pin an answer (`aisle ask "…" --pin TITLE`) or a chart in the app first.'
                : `Reports that exist:\n${existing
                    .slice(0, 30)
                    .map((report) => `  ${report.id}  ${report.title}`)
                    .join('\n')}${existing.length > 30 ? `\n  … and ${existing.length - 30} more` : ''}`;
            throw new AisleError(
              'not_found',
              `${missing.length === 1 ? 'No report has the id' : 'No reports have the ids'} ${missing.map((id) => `"${id}"`).join(', ')}. ${known}`,
              { field: 'reports' },
            );
          }
          return found.flatMap((entry) => (entry.report ? [entry.report] : []));
        })();
  return reports.map((report) => {
    const versions = cache.reports.get(report.id)?.versions ?? [];
    return toDeckReport(report, versions.at(-1), sourceCurrencies[report.sourceId] ?? null);
  });
};
