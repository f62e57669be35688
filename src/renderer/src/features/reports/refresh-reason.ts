import { absoluteTime } from './relative-time';

/**
 * Why Refresh is off, or null when it may run. Only a report on BigQuery needs the network: a
 * local warehouse re-runs offline too (main refuses the BigQuery one with the same reason).
 */
export const refreshBlockedReason = (
  offline: boolean,
  sourceKind: string | null,
  latestVersion: number,
  latestAsOf: string | null,
): string | null =>
  offline && sourceKind === 'bigquery'
    ? `You are offline; the report keeps version ${latestVersion}${latestAsOf ? ` from ${absoluteTime(latestAsOf)}` : ''}.`
    : null;
