import type { Query, QueryClient } from '@tanstack/react-query';

/** Whether a query's data was opened from what was kept while Google was unreachable. */
export const isKeptView = (data: unknown): boolean => {
  if (typeof data !== 'object' || data === null) return false;
  const { offlineNote, notes } = data as { offlineNote?: unknown; notes?: unknown };
  if (typeof offlineNote === 'string') return true;
  return Array.isArray(notes) && typeof notes[0] === 'string' && notes[0].startsWith('Offline:');
};

/**
 * Back online: the product lists, product pages and forecasts shown from what was kept are read
 * again (the others stay as they are: nothing paid runs again by itself).
 */
export const refreshKeptViews = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({
    predicate: (query: Query) => {
      const data: unknown = query.state.data;
      // Paged lists keep their pages in `pages`.
      const pages = (data as { pages?: unknown } | undefined)?.pages;
      return isKeptView(data) || (Array.isArray(pages) && pages.some(isKeptView));
    },
  });
