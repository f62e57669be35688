import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useState } from 'react';
import type { JobProgress, MethodOutput, ProductCard } from '../../../../shared/contract';
import { useClient } from '../../api/client-context';
import { PAGE_SIZE, pagesFor, type GridQuery } from './grid-query';

type ProductsPage = MethodOutput<'explore.products'>;

/**
 * The grid's products, fetched a page at a time as rows come into view: main filters and
 * sorts all products, the window only ever holds the pages it has shown.
 */
export const useProductPages = (query: GridQuery, visible: { first: number; last: number }) => {
  const client = useClient();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  // One job id per grid for its progress events; useId is stable and pure.
  const jobId = `explore-${useId().replace(/[^\w-]/g, '')}`;
  useEffect(
    () =>
      client.on('job.progress', (update) => {
        if (update.jobId === jobId) setProgress(update.state === 'running' ? update : null);
      }),
    [client, jobId],
  );
  const fetchPage = useCallback(
    (page: number): Promise<ProductsPage> =>
      client.call('explore.products', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, jobId }),
    [client, query, jobId],
  );
  const first = useQuery({
    queryKey: ['explore.products', query, 0],
    queryFn: () => fetchPage(0),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  const wanted = pagesFor(visible.first, visible.last).filter((page) => page > 0);
  const more = useQueries({
    queries: wanted.map((page) => ({
      queryKey: ['explore.products', query, page],
      queryFn: () => fetchPage(page),
      staleTime: 5 * 60_000,
    })),
  });
  const loaded = new Map<number, ProductCard[]>();
  if (first.data && !first.isPlaceholderData) loaded.set(0, first.data.rows);
  more.forEach((result, index) => {
    const page = wanted[index];
    if (page !== undefined && result.data) loaded.set(page, result.data.rows);
  });
  const productAt = (index: number): ProductCard | undefined =>
    loaded.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { first, productAt, progress };
};
