import type { Query, QueryClient } from '@tanstack/react-query';

/** Whether a query's data was opened from what was kept while Google was unreachable. */
export const isKeptView = (data: unknown): boolean => {
  if (typeof data !== 'object' || data === null) return false;
  const { offlineNote, notes } = data as { offlineNote?: unknown; notes?: unknown };
  if (typeof offlineNote === 'string') return true;
  return Array.isArray(notes) && typeof notes[0] === 'string' && notes[0].startsWith('Offline:');
};

/** A forecast run on BigQuery costs money: it runs again only when the person asks, after its estimate. */
const isPaidForecast = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'engine' in data && data.engine !== 'local';

/**
 * Back online: the product lists, product pages and local-engine forecasts shown from what was
 * kept are read again; a BigQuery forecast stays as it is until the person runs it (nothing paid
 * runs by itself), and forecast estimates are made again.
 */
export const refreshKeptViews = async (queryClient: QueryClient): Promise<void> => {
  // Estimates made offline ("opens from this computer, at no charge") no longer hold.
  await queryClient.invalidateQueries({ queryKey: ['forecast.estimate'] });
  await queryClient.invalidateQueries({
    predicate: (query: Query) => {
      const data: unknown = query.state.data;
      if (isPaidForecast(data)) return false;
      // Paged lists keep their pages in `pages`.
      const pages = (data as { pages?: unknown } | undefined)?.pages;
      return isKeptView(data) || (Array.isArray(pages) && pages.some(isKeptView));
    },
  });
};
