import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { MessageSquareText, Search, X } from 'lucide-react';
import { useState } from 'react';
import { reviewSorts } from '../../../../../shared/contract/explore';
import { useClient } from '../../../api/client-context';
import { Button } from '../../../components/Button';
import { ProgressBar } from '../../../components/ProgressBar';
import { aspectLabel, formatDay } from '../explore-format';
import { ReviewCard } from './ReviewCard';
import {
  effectiveSort,
  nextOffset,
  reviewCountLabel,
  reviewsInput,
  SORT_LABELS,
  type ReviewListFilters,
  type ReviewSort,
} from './review-query';
import { useDebouncedValue } from './use-debounced-value';

export interface ReviewListProps {
  sourceId: string;
  productId?: string | undefined;
  aspect?: string | null | undefined;
  polarity?: 'positive' | 'negative' | null | undefined;
  since?: string | undefined;
  /** First day not included (the product page's period end). */
  until?: string | undefined;
  onClearFilter?: (() => void) | undefined;
  showProduct?: boolean | undefined;
  onOpenProduct?: ((productId: string) => void) | undefined;
  initialQuery?: string | undefined;
}

interface Chip {
  key: string;
  label: string;
  clear: () => void;
}

/**
 * Reviews of one product (or of the whole source when no product is given): ranked full-text
 * search with the matches highlighted, sort, a rating filter and paging by "Load more".
 */
export const ReviewList = ({
  sourceId,
  productId,
  aspect = null,
  polarity = null,
  since,
  until,
  onClearFilter,
  showProduct = false,
  onOpenProduct,
  initialQuery = '',
}: ReviewListProps) => {
  const client = useClient();
  const [typed, setTyped] = useState(initialQuery);
  const query = useDebouncedValue(typed.trim());
  const [sort, setSort] = useState<ReviewSort>('relevance');
  const [rating, setRating] = useState<number | null>(null);
  const filters: ReviewListFilters = { sourceId, productId, aspect, polarity, rating, since, until, query, sort };
  const shownSort = effectiveSort(sort, query);

  const reviews = useInfiniteQuery({
    queryKey: [
      'explore.reviews',
      sourceId,
      productId ?? null,
      aspect,
      polarity,
      rating,
      since ?? null,
      until ?? null,
      query,
      shownSort,
    ],
    queryFn: ({ pageParam }) => client.call('explore.reviews', reviewsInput(filters, pageParam)),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => nextOffset(pages, last.total),
    // A new filter keeps the old list on screen until its first page arrives, so nothing jumps.
    placeholderData: keepPreviousData,
  });

  const chips: Chip[] = [];
  if (aspect) {
    const tone = polarity === 'positive' ? 'praising ' : polarity === 'negative' ? 'criticising ' : 'about ';
    chips.push({ key: 'aspect', label: `${tone}${aspectLabel(aspect)}`, clear: () => onClearFilter?.() });
  }
  if (rating !== null) chips.push({ key: 'rating', label: `${rating}★ only`, clear: () => setRating(null) });
  if (query) chips.push({ key: 'query', label: `“${query}”`, clear: () => setTyped('') });

  const pages = reviews.data?.pages ?? [];
  const items = pages.flatMap((page) => page.reviews);
  const total = pages[0]?.total ?? 0;

  return (
    <div className="review-list">
      <div className="review-list__controls">
        <label className="review-list__search">
          <Search size={14} aria-hidden="true" />
          <span className="visually-hidden">Search reviews</span>
          <input
            type="search"
            placeholder={productId ? 'Search these reviews (zipper, runs small…)' : 'Search all reviews'}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
        <label className="review-list__select">
          <span>Sort</span>
          <select value={shownSort} onChange={(event) => setSort(event.target.value as ReviewSort)}>
            {reviewSorts.map((value) => (
              <option key={value} value={value} disabled={value === 'relevance' && !query}>
                {SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="review-list__select">
          <span>Rating</span>
          <select
            value={rating ?? ''}
            onChange={(event) => setRating(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">Any</option>
            {[5, 4, 3, 2, 1].map((stars) => (
              <option key={stars} value={stars}>
                {stars}★
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="review-list__status" aria-live="polite">
        <span className="review-list__total">
          {reviews.data ? reviewCountLabel(total) : 'Reviews'}
          {since && <span className="product-muted"> since {formatDay(since)}</span>}
        </span>
        {chips.length > 0 && (
          <ul className="review-list__chips" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button type="button" className="review-chip" onClick={chip.clear} aria-label={`Clear ${chip.label}`}>
                  {chip.label}
                  <X size={12} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
        {reviews.isFetching && !reviews.isFetchingNextPage && reviews.data && (
          <span className="product-muted">Updating…</span>
        )}
      </div>

      {reviews.isPending ? (
        <div className="review-list__loading">
          <ProgressBar fraction={null} label="Loading reviews" />
        </div>
      ) : reviews.isError ? (
        <div className="product-error product-error--inline" role="alert">
          <p>{reviews.error.message}</p>
          <Button size="sm" onClick={() => void reviews.refetch()}>
            Retry
          </Button>
        </div>
      ) : items.length === 0 ? (
        <div className="review-list__empty">
          <MessageSquareText size={20} aria-hidden="true" />
          <p>No reviews match{chips.length > 0 ? ' these filters' : ''}.</p>
          {chips.length > 0 && (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                for (const chip of chips) chip.clear();
              }}
            >
              Clear filters
            </Button>
          )}
        </div>
      ) : (
        <>
          <ol className="review-list__items">
            {items.map((review) => (
              <li key={review.reviewId}>
                <ReviewCard review={review} showProduct={showProduct} onOpenProduct={onOpenProduct} />
              </li>
            ))}
          </ol>
          <div className="review-list__more">
            <span className="product-muted">
              Showing {items.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')}
            </span>
            {reviews.hasNextPage && (
              <Button size="sm" onClick={() => void reviews.fetchNextPage()} disabled={reviews.isFetchingNextPage}>
                {reviews.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
};
