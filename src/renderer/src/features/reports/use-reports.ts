import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { AisleClient } from '../../api/aisle-client';
import { useClient } from '../../api/client-context';
import { useSources } from '../../api/hooks';
import { createPreviewLoader, type PreviewLoader } from './preview-loader';

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

/** One report with every version's snapshot: for the open report, not for cards. */
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

// One loader per client, so every card on the page shares its batches.
const previewLoaders = new WeakMap<AisleClient, PreviewLoader>();
const previewLoaderFor = (client: AisleClient): PreviewLoader => {
  const existing = previewLoaders.get(client);
  if (existing) return existing;
  const loader = createPreviewLoader((ids) => client.call('reports.previews', { ids }));
  previewLoaders.set(client, loader);
  return loader;
};

/**
 * A card's thumbnail data (the spec and the latest snapshot cut to what it draws), asked for
 * together with the other cards' (reports.previews). Keyed by the version count the library
 * lists, so a refresh anywhere draws the new version once the library reads again.
 */
export const useReportPreview = (id: string, versions: number, enabled: boolean) => {
  const client = useClient();
  return useQuery({
    queryKey: ['reports.preview', id, versions],
    queryFn: () => previewLoaderFor(client).load(id),
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
        id === undefined
          ? queryClient.invalidateQueries({ queryKey: ['reports.preview'] })
          : queryClient.invalidateQueries({ queryKey: ['reports.preview', id] }),
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
      queryClient.removeQueries({ queryKey: ['reports.preview', id] });
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
      return { name: source?.name ?? sourceId, kind: source?.kind ?? null, currency: source?.currency ?? null };
    },
    [sources.data],
  );
};

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
