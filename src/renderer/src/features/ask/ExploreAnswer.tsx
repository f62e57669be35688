import { ArrowUpRight, Star } from 'lucide-react';
import type { AskExplore } from '../../../../shared/contract/explore';
import { Button } from '../../components/Button';
import { aspectLabel, formatPercent, formatRating } from '../explore/explore-format';
import { openExplore } from '../explore/explore-navigation';
import { ProductImage } from '../explore/ProductImage';

interface ExploreAnswerProps {
  sourceId: string;
  explore: AskExplore;
}

/** What the explorer found for a question about reviews, with the way into it. */
export const ExploreAnswer = ({ sourceId, explore }: ExploreAnswerProps) => {
  if (explore.kind === 'product') {
    return (
      <section className="explore-answer" aria-label="From the reviews">
        <div className="explore-answer__product">
          <ProductImage
            sourceId={sourceId}
            uri={explore.imageUri}
            alt={explore.productName}
            className="explore-answer__image"
          />
          <div>
            <h3>{explore.productName}</h3>
            <ul className="explore-answer__points">
              {explore.points.map((point) => (
                <li
                  key={`${point.aspect}-${point.polarity}`}
                  className={`explore-answer__point explore-answer__point--${point.polarity}`}
                >
                  <strong>
                    {aspectLabel(point.aspect)} · {point.polarity === 'negative' ? 'complaints' : 'praise'} ·{' '}
                    {formatPercent(point.share, 0)} of reviews
                  </strong>
                  <q>{point.quote}</q>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <Button
          variant="primary"
          size="sm"
          icon={<ArrowUpRight size={15} />}
          onClick={() => openExplore({ sourceId, productId: explore.productId })}
        >
          Open the product in Explore
        </Button>
      </section>
    );
  }
  return (
    <section className="explore-answer" aria-label="Products with complaints">
      {explore.products.length === 0 ? (
        <p className="muted">No product has a pattern of {explore.aspect} complaints in this period.</p>
      ) : (
        <ol className="explore-answer__list">
          {explore.products.map(({ product, share }) => (
            <li key={product.id}>
              <button
                type="button"
                className="explore-answer__row"
                onClick={() => openExplore({ sourceId, productId: product.id })}
              >
                <ProductImage sourceId={sourceId} uri={product.imageUri} alt="" className="explore-answer__thumb" />
                <span className="explore-answer__name">
                  {product.name}
                  <span className="muted">{[product.brand, product.category].filter(Boolean).join(' · ')}</span>
                </span>
                <span
                  className="explore-answer__share"
                  title={`Share of its reviews complaining about ${explore.aspect}`}
                >
                  {formatPercent(share, 0)}
                  <span className="visually-hidden"> of its reviews complain about {explore.aspect}</span>
                </span>
                <span className="rating">
                  <Star size={13} aria-hidden="true" />
                  {formatRating(product.rating)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <Button
        variant="primary"
        size="sm"
        icon={<ArrowUpRight size={15} />}
        onClick={() =>
          openExplore({
            sourceId,
            filters: { ...explore.filters, complaintsAbout: explore.aspect },
            sort: 'complaints',
          })
        }
      >
        {explore.total > explore.products.length ? `See all ${explore.total} in Explore` : 'Open in Explore'}
      </Button>
    </section>
  );
};
