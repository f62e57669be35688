import { useEffect, useState } from 'react';
import type { QueryEstimate } from '../../../../shared/contract/query';
import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
import { useClient } from '../../api/client-context';

const DELAY_MS = 600;

/**
 * The estimate for the statement being edited, refreshed a moment after typing stops: rows
 * (DuckDB's plan) or bytes and money (BigQuery's dry run), and whether it changes data.
 * Null while there is nothing to estimate or the text does not parse yet.
 */
export const useLiveEstimate = (sourceId: string, statement: string | null): QueryEstimate | null => {
  const client = useClient();
  const [estimate, setEstimate] = useState<QueryEstimate | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (!statement?.trim()) {
        setEstimate(null);
        return;
      }
      client
        .call('query.estimate', { sourceId, sql: statement, tentative: true })
        .then((next) => {
          if (current) setEstimate(next.problem === null ? next : null);
        })
        .catch(() => {
          if (current) setEstimate(null);
        });
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, sourceId, statement]);
  return estimate;
};

const count = (n: number): string => n.toLocaleString('en-US');

/** The words beside the Run button. */
export const describeEstimate = (estimate: QueryEstimate | null, dialect: 'duckdb' | 'bigquery'): string => {
  const engine = dialect === 'bigquery' ? 'GoogleSQL' : 'DuckDB SQL';
  if (!estimate) return `${engine} · ${dialect === 'bigquery' ? 'estimating…' : 'local, no cost'}`;
  const size =
    estimate.bytesProcessed !== null
      ? `${formatBytes(estimate.bytesProcessed)} to process${estimate.costUsd !== null ? ` · ${formatUsd(estimate.costUsd)}` : ''}`
      : estimate.estimatedRows !== null
        ? `≈ ${count(estimate.estimatedRows)} rows`
        : null;
  return [engine, size, dialect === 'bigquery' ? null : 'local, no cost'].filter(Boolean).join(' · ');
};
