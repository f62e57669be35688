import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { useClient } from '../../api/client-context';
import { useSources } from '../../api/hooks';

/** The library for the controls' settings; the last list stays on screen while the next loads. */
export const useReportList = (input: { search: string; tag?: string; kind?: string }) => {
  const client = useClient();
  return useQuery({
    queryKey: ['reports.list', input],
    queryFn: () => client.call('reports.list', input),
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  });
};

/** One report with its versions; cached, so a report opened from its card draws at once. */
export const useReport = (id: string, enabled = true) => {
  const client = useClient();
  return useQuery({
    queryKey: ['reports.get', id],
    queryFn: () => client.call('reports.get', { id }),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
};

/** After an edit: the library and the report read again. */
export const useInvalidateReports = () => {
  const queryClient = useQueryClient();
  return useCallback(
    async (id?: string) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['reports.list'] }),
        id === undefined
          ? queryClient.invalidateQueries({ queryKey: ['reports.get'] })
          : queryClient.invalidateQueries({ queryKey: ['reports.get', id] }),
      ]);
    },
    [queryClient],
  );
};

/**
 * After a delete: the report leaves every cached library at once (its card must not ask for it
 * again), then the libraries read again for their tag counts.
 */
export const useForgetReport = () => {
  const queryClient = useQueryClient();
  return useCallback(
    async (id: string) => {
      queryClient.setQueriesData<MethodOutput<'reports.list'>>({ queryKey: ['reports.list'] }, (list) =>
        list ? { ...list, reports: list.reports.filter((report) => report.id !== id) } : list,
      );
      queryClient.removeQueries({ queryKey: ['reports.get', id] });
      await queryClient.invalidateQueries({ queryKey: ['reports.list'] });
    },
    [queryClient],
  );
};

export { useOffline } from '../../api/use-offline';

/** Source names and kinds by id, for cards and the report header. */
export const useSourceLookup = () => {
  const sources = useSources();
  return useCallback(
    (sourceId: string) => {
      const source = sources.data?.sources.find((candidate) => candidate.id === sourceId);
      return { name: source?.name ?? sourceId, kind: source?.kind ?? null };
    },
    [sources.data],
  );
};

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
