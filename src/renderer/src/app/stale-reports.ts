import type { ReportSummary } from '../../../shared/contract/reports';

/** A report older than this is worth refreshing when the network comes back. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * SQL reports on BigQuery sources whose numbers were read more than a day ago (oldest first).
 * Forecasts are left to their own Refresh: a BigQuery forecast may train a model, which costs more.
 */
export const staleReports = (
  reports: readonly ReportSummary[],
  bigQuerySources: ReadonlySet<string>,
  now: number,
): ReportSummary[] =>
  reports
    .filter((report) => report.kind !== 'forecast' && bigQuerySources.has(report.sourceId))
    .filter((report) => report.asOf === null || now - Date.parse(report.asOf) > STALE_AFTER_MS)
    .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
