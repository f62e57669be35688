import { useAisleQuery } from './hooks';

/** Whether Google is out of reach (a check in progress is not offline). */
export const useOffline = (): boolean => {
  const network = useAisleQuery('network.status', { liveEvent: true });
  return network.data?.state === 'offline';
};

/** Why an action on BigQuery cannot run now, or null when it can. */
export const OFFLINE_BIGQUERY_REASON =
  'You are offline: BigQuery needs Google. Local sources, reports and cached answers still work.';
