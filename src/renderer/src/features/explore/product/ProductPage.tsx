import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AlertTriangle, ArrowLeft } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { ExplorePeriod } from '../../../../../shared/contract/explore';
import { useClient } from '../../../api/client-context';
import { useSourceCurrency } from '../../../api/use-money';
import { Button } from '../../../components/Button';
import { ProgressBar } from '../../../components/ProgressBar';
import { formatDay } from '../explore-format';
import { MeasureCards } from './MeasureCards';
import { ProductGallery } from './ProductGallery';
import { PinProductButton } from './PinProductButton';
import { ProductHeader } from './ProductHeader';
import { ProductReviews } from './ProductReviews';
import type { ReviewFilter } from './review-filter';
import { addDays } from './reviews-since';
import { ReturnsChart } from './ReturnsChart';
import { SalesChart } from './SalesChart';
import { SimilarProducts } from './SimilarProducts';
import { useBackKeys } from './use-back-keys';
import { OfflineNote } from '../../../components/OfflineNote';
import { OFFLINE_BIGQUERY_REASON } from '../../../api/use-offline';

export interface ProductPageProps {
  sourceId: string;
  productId: string;
  period: ExplorePeriod;
  onBack: () => void;
  onOpenProduct: (productId: string) => void;
  /** Shown under "What customers say" (an AI summary on BigQuery sources). */
  aiSummary?: ReactNode;
}

const periodName: Record<ExplorePeriod, string> = {
  last_3_months: 'Last 3 months',
  last_12_months: 'Last 12 months',
};

/** One product in depth: images, measures, sales with events, and what its reviews say. */
export const ProductPage = ({ sourceId, productId, period, onBack, onOpenProduct, aiSummary }: ProductPageProps) => {
  const client = useClient();
  const [reviewsSince, setReviewsSince] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState<ReviewFilter | null>(null);
  const [shownProduct, setShownProduct] = useState(productId);
  // Another product starts clean: its reviews since the period start, with no filter.
  if (shownProduct !== productId) {
    setShownProduct(productId);
    setReviewsSince(undefined);
    setFilter(null);
  }
  useBackKeys(onBack);
  const currency = useSourceCurrency(sourceId);

  const detail = useQuery({
    queryKey: ['explore.product', sourceId, productId, period, reviewsSince],
    queryFn: () =>
      client.call('explore.product', { sourceId, productId, period, ...(reviewsSince ? { reviewsSince } : {}) }),
    // Moving the "since" day keeps the page on screen while the analysis is read again.
    placeholderData: (previous, query) => (query?.queryKey[2] === productId ? keepPreviousData(previous) : undefined),
  });

  if (detail.isPending) {
    return (
      <div className="product-page product-page--loading" aria-busy="true">
        <Button variant="ghost" size="sm" icon={<ArrowLeft size={14} />} onClick={onBack}>
          All products
        </Button>
        <div className="product-loading">
          <p>Loading the product…</p>
          <ProgressBar fraction={null} label="Loading the product" />
        </div>
        <div className="product-skeleton" aria-hidden="true">
          <span className="product-skeleton__block product-skeleton__block--image" />
          <span className="product-skeleton__block product-skeleton__block--measures" />
          <span className="product-skeleton__block product-skeleton__block--chart" />
        </div>
      </div>
    );
  }

  if (detail.isError) {
    return (
      <div className="product-page">
        <Button variant="ghost" size="sm" icon={<ArrowLeft size={14} />} onClick={onBack}>
          All products
        </Button>
        <div className="product-error" role="alert">
          <AlertTriangle size={20} aria-hidden="true" />
          <div>
            <h2>The product could not be loaded</h2>
            <p>{detail.error.message}</p>
          </div>
          <Button variant="primary" onClick={() => void detail.refetch()}>
            Retry
          </Button>
        </div>
      </div>
    );
  }

  const data = detail.data;
  const current = data.period.current;
  const lastDay = addDays(current.end, -1);
  // Offline, a product never opened before has no weeks: they were not read, not zero.
  const notRead =
    data.offlineNote !== null && data.sales.length === 0
      ? 'Not read yet: this loads when Google is reachable again.'
      : null;
  return (
    <div className="product-page" data-testid="product-page">
      <ProductHeader
        detail={data}
        currency={currency}
        onBack={onBack}
        actions={
          <PinProductButton
            key={data.product.id}
            sourceId={sourceId}
            productId={data.product.id}
            disabledReason={data.offlineNote === null ? null : OFFLINE_BIGQUERY_REASON}
          />
        }
      />
      <OfflineNote note={data.offlineNote} />

      <div className="product-overview">
        <ProductGallery key={data.product.id} sourceId={sourceId} name={data.product.name} images={data.images} />
        <section className="product-section product-section--measures" aria-labelledby="product-measures-title">
          <div className="product-section__head">
            <h2 id="product-measures-title">{periodName[period]}</h2>
            <span className="product-muted">
              {formatDay(current.start)} – {formatDay(lastDay)}, vs same period last year
            </span>
          </div>
          <MeasureCards measures={data.measures} currency={currency} />
          <ReturnsChart
            sales={data.sales}
            currency={currency}
            measure={data.measures.find((measure) => measure.id === 'return_rate')}
            {...(notRead ? { emptyText: notRead } : {})}
          />
        </section>
      </div>

      <section className="product-section" aria-labelledby="product-sales-title">
        <div className="product-section__head">
          <h2 id="product-sales-title">Weekly sales</h2>
          <span className="product-muted">
            All history, to {formatDay(data.sales.at(-1)?.week ?? data.period.current.end)} (week starting)
          </span>
        </div>
        <SalesChart
          sales={data.sales}
          events={data.events}
          currency={currency}
          {...(notRead ? { emptyText: notRead } : {})}
        />
      </section>

      <div className={detail.isPlaceholderData ? 'product-reviews product-reviews--updating' : 'product-reviews'}>
        {detail.isPlaceholderData && (
          <div className="product-reviews__updating">
            <ProgressBar fraction={null} label="Reading the reviews again" />
          </div>
        )}
        <ProductReviews
          key={data.product.id}
          sourceId={sourceId}
          detail={data}
          reviewsSince={reviewsSince}
          onReviewsSince={setReviewsSince}
          filter={filter}
          onFilter={setFilter}
          aiSummary={aiSummary}
        />
      </div>

      {data.similar.length > 0 && (
        <section className="product-section" aria-labelledby="product-similar-title">
          <h2 id="product-similar-title">Similar products</h2>
          <SimilarProducts
            sourceId={sourceId}
            currency={currency}
            products={data.similar}
            onOpenProduct={onOpenProduct}
          />
        </section>
      )}
    </div>
  );
};
