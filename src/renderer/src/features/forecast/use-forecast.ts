import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { JobProgress } from '../../../../shared/contract';
import type { ForecastLevel, ForecastRequest, ForecastResult } from '../../../../shared/contract/forecast';
import { useClient } from '../../api/client-context';

/** A request's identity for caching and for "this is the BigQuery run the person approved". */
export const requestKey = (request: ForecastRequest): string => JSON.stringify(request);

/**
 * The forecast for a (settled) request. Local forecasts run as soon as the request changes and
 * keep the last result on screen meanwhile; BigQuery ones cost money, so they show the estimate
 * and run only once `approved` names this very request.
 */
export const useForecast = (request: ForecastRequest, approved: string | null) => {
  const client = useClient();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  // One job id per page for its progress events; useId is stable and pure.
  const jobId = `forecast-${useId().replace(/[^\w-]/g, '')}`;
  useEffect(
    () =>
      client.on('job.progress', (update) => {
        if (update.jobId.startsWith(`${jobId}-`)) setProgress(update.state === 'running' ? update : null);
      }),
    [client, jobId],
  );

  const key = requestKey(request);
  const local = request.engine === 'local';
  const run = useQuery<ForecastResult>({
    queryKey: ['forecast.run', key],
    // A run made stale by new controls is stopped in main too (react-query aborts its signal).
    queryFn: ({ signal }): Promise<ForecastResult> => {
      const runId = `${jobId}-${Math.random().toString(36).slice(2, 8)}`;
      signal.addEventListener('abort', () => {
        client.call('forecast.cancel', { jobId: runId }).catch(() => undefined);
      });
      return client.call('forecast.run', { ...request, jobId: runId });
    },
    enabled: local || approved === key,
    // The last local forecast stays on screen while the next one runs; a BigQuery one would mislead.
    placeholderData: (previous: ForecastResult | undefined) => (local ? previous : undefined),
    // A BigQuery forecast is paid for: it stays until the app closes rather than running again.
    staleTime: local ? 5 * 60_000 : Infinity,
    gcTime: local ? 5 * 60_000 : Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const estimate = useQuery({
    queryKey: ['forecast.estimate', key],
    queryFn: () => client.call('forecast.estimate', request),
    enabled: !local,
    staleTime: 5 * 60_000,
    retry: false,
    refetchOnWindowFocus: false,
  });
  return { run, estimate, progress: run.isFetching ? progress : null, key };
};

/** The members a level offers, biggest first, once the picker is opened. */
export const useMembers = (sourceId: string, level: ForecastLevel, measure: 'revenue' | 'units', enabled: boolean) => {
  const client = useClient();
  return useQuery({
    queryKey: ['forecast.members', sourceId, level, measure],
    queryFn: () => client.call('forecast.members', { sourceId, level, measure }),
    enabled: enabled && level !== 'total',
    staleTime: 10 * 60_000,
    retry: false,
  });
};
