import { OFFLINE_BIGQUERY_REASON } from '../../api/use-offline';

/**
 * Why "Pin view" is off, or null when it may run. Pinning keeps a new reading of the products,
 * so a BigQuery source needs Google (main refuses products kept from an earlier visit too).
 */
export const pinViewBlockedReason = (offline: boolean, onBigQuery: boolean, total: number | null): string | null =>
  offline && onBigQuery
    ? OFFLINE_BIGQUERY_REASON
    : total === null
      ? 'The products are still being read.'
      : total === 0
        ? 'No products match this view: there is nothing to pin.'
        : null;
