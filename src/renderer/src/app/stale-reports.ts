import type { ReportSummary } from '../../../shared/contract/reports';

/** A report older than this is worth refreshing when the network comes back. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Reports on BigQuery sources whose numbers were read more than a day ago (oldest first). */
export const staleReports = (
  reports: readonly ReportSummary[],
  bigQuerySources: ReadonlySet<string>,
  now: number,
): ReportSummary[] =>
  reports
    .filter((report) => bigQuerySources.has(report.sourceId))
    .filter((report) => report.asOf === null || now - Date.parse(report.asOf) > STALE_AFTER_MS)
    .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
