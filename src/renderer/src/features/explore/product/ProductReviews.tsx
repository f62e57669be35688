import { MessageSquareOff } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { AspectTable } from './AspectTable';
import { CustomerSummary } from './CustomerSummary';
import { RatingChart } from './RatingChart';
import { toggleFilter, type ReviewFilter } from './review-filter';
import { ReviewList } from './ReviewList';
import { ReviewsSinceControl } from './ReviewsSinceControl';

interface ProductReviewsProps {
  sourceId: string;
  detail: ProductDetail;
  reviewsSince: string | undefined;
  onReviewsSince: (since: string | undefined) => void;
  filter: ReviewFilter | null;
  onFilter: (filter: ReviewFilter | null) => void;
  aiSummary?: ReactNode;
}

/** Everything customers wrote: the summary, ratings over time, aspects, and the reviews themselves. */
export const ProductReviews = ({
  sourceId,
  detail,
  reviewsSince,
  onReviewsSince,
  filter,
  onFilter,
  aiSummary,
}: ProductReviewsProps) => {
  const list = useRef<HTMLElement>(null);
  if (detail.reviews === 'none') {
    return (
      <section className="product-section product-reviews-none" aria-labelledby="product-reviews-title">
        <h2 id="product-reviews-title">Reviews</h2>
        <div className="product-empty">
          <MessageSquareOff size={20} aria-hidden="true" />
          <p>This source has no reviews</p>
          <p className="product-muted">Connect a source with a reviews table to see what customers say.</p>
        </div>
      </section>
    );
  }

  // A filter chosen from the summary or the table is pointless if the list is off screen.
  const select = (next: ReviewFilter): void => {
    const result = toggleFilter(filter, next);
    onFilter(result);
    if (result) list.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const since = reviewsSince ?? detail.period.current.start;

  return (
    <>
      <section className="product-section" aria-labelledby="product-say-title">
        <div className="product-section__head">
          <h2 id="product-say-title">What customers say</h2>
          <ReviewsSinceControl
            period={detail.period.current}
            since={reviewsSince}
            onChange={(value) => onReviewsSince(value)}
          />
        </div>
        <CustomerSummary summary={detail.summary} filter={filter} onSelect={select} aiSummary={aiSummary} />
      </section>

      <div className="product-columns">
        <section className="product-section" aria-labelledby="product-aspects-title">
          <h2 id="product-aspects-title">Aspects</h2>
          <AspectTable aspects={detail.aspects} filter={filter} onSelect={select} />
        </section>
        <section className="product-section" aria-labelledby="product-ratings-title">
          <h2 id="product-ratings-title">Ratings by month</h2>
          <RatingChart months={detail.ratingByMonth} />
        </section>
      </div>

      <section ref={list} className="product-section product-section--reviews" aria-labelledby="product-list-title">
        <h2 id="product-list-title">Reviews</h2>
        <ReviewList
          sourceId={sourceId}
          productId={detail.product.id}
          aspect={filter?.aspect ?? null}
          polarity={filter?.polarity ?? null}
          since={since}
          until={detail.period.current.end}
          onClearFilter={() => onFilter(null)}
        />
      </section>
    </>
  );
};
