import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EventName, MethodName, MethodOutput } from '../../../shared/contract';
import { useClient } from './client-context';

/**
 * A contract call as a react-query query. When `liveEvent` is given, pushed events of that
 * name replace the cached value, so the screen follows main without polling.
 */
export const useAisleQuery = <M extends MethodName & EventName>(
  method: M,
  options: { liveEvent?: boolean } = {},
): UseQueryResult<MethodOutput<M>> => {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!options.liveEvent) return undefined;
    return client.on(method, (payload) => queryClient.setQueryData([method], payload));
  }, [client, queryClient, method, options.liveEvent]);
  return useQuery({ queryKey: [method], queryFn: () => client.call(method, {}) });
};

export const useAppInfo = () => {
  const client = useClient();
  return useQuery({ queryKey: ['app.info'], queryFn: () => client.call('app.info', {}), staleTime: Infinity });
};

export const useSources = () => {
  const client = useClient();
  return useQuery({ queryKey: ['sources.list'], queryFn: () => client.call('sources.list', {}) });
};
