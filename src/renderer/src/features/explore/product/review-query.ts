import type { exploreMethods, reviewSorts } from '../../../../../shared/contract/explore';
import type { z } from 'zod';

export type ReviewSort = (typeof reviewSorts)[number];
type ReviewsInput = z.input<(typeof exploreMethods)['explore.reviews']['input']>;

export const PAGE_SIZE = 25;

export interface ReviewListFilters {
  sourceId: string;
  productId?: string | undefined;
  aspect?: string | null | undefined;
  polarity?: 'positive' | 'negative' | null | undefined;
  rating?: number | null | undefined;
  since?: string | undefined;
  until?: string | undefined;
  query: string;
  sort: ReviewSort;
}

export const SORT_LABELS: Record<ReviewSort, string> = {
  relevance: 'Best match',
  newest: 'Newest',
  oldest: 'Oldest',
  lowest: 'Lowest rated',
  highest: 'Highest rated',
};

/** Relevance means nothing without a search: then the list falls back to newest first. */
export const effectiveSort = (sort: ReviewSort, query: string): ReviewSort =>
  sort === 'relevance' && query.trim() === '' ? 'newest' : sort;

/** The explore.reviews input for one page; empty filters are left out rather than sent blank. */
export const reviewsInput = (filters: ReviewListFilters, offset: number): ReviewsInput => {
  const query = filters.query.trim();
  return {
    sourceId: filters.sourceId,
    ...(filters.productId ? { productId: filters.productId } : {}),
    ...(query ? { query } : {}),
    ...(filters.aspect ? { aspect: filters.aspect } : {}),
    ...(filters.polarity ? { polarity: filters.polarity } : {}),
    ...(filters.rating ? { rating: filters.rating } : {}),
    ...(filters.since ? { since: filters.since } : {}),
    ...(filters.until ? { until: filters.until } : {}),
    sort: effectiveSort(filters.sort, query),
    offset,
    limit: PAGE_SIZE,
  };
};

/** The next page's offset, or undefined when every review is loaded. */
export const nextOffset = (pages: readonly { reviews: readonly unknown[] }[], total: number): number | undefined => {
  const loaded = pages.reduce((sum, page) => sum + page.reviews.length, 0);
  const last = pages.at(-1);
  return loaded < total && last !== undefined && last.reviews.length > 0 ? loaded : undefined;
};

export const reviewCountLabel = (total: number): string =>
  `${total.toLocaleString('en-US')} review${total === 1 ? '' : 's'}`;
