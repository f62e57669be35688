import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EventName, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
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
  // Every method that is also an event takes an empty input; TypeScript cannot see that
  // through the generic, so the empty object is widened once here.
  const noInput = {} as MethodInput<M>;
  return useQuery({ queryKey: [method], queryFn: () => client.call(method, noInput) });
};

export const useAppInfo = () => {
  const client = useClient();
  return useQuery({ queryKey: ['app.info'], queryFn: () => client.call('app.info', {}), staleTime: Infinity });
};

export const useSources = () => {
  const client = useClient();
  return useQuery({ queryKey: ['sources.list'], queryFn: () => client.call('sources.list', {}) });
};
