import { Star } from 'lucide-react';
import type { ProductCard } from '../../../../shared/contract/explore';
import {
  aspectLabel,
  formatCount,
  formatGrowth,
  formatMoneyCompact,
  formatPercent,
  formatPrice,
  formatRating,
  sentimentBandOf,
  sentimentLabel,
} from './explore-format';
import { ProductImage } from './ProductImage';
import { Sparkline } from './Sparkline';

interface ProductTileProps {
  sourceId: string;
  /** The source's currency (ISO code); null shows money as plain numbers. */
  currency: string | null;
  product: ProductCard;
  /** The aspect the grid is filtered on: its complaints are the ones to show. */
  complaintAspect: string | null;
  index: number;
  focused: boolean;
  onOpen: (product: ProductCard) => void;
  onFocus: (index: number) => void;
}

/** One product in the grid: picture, name, sales with their trend, and what reviews say. */
export const ProductTile = ({
  sourceId,
  currency,
  product,
  complaintAspect,
  index,
  focused,
  onOpen,
  onFocus,
}: ProductTileProps) => {
  const complaint =
    product.complaints.find((candidate) => candidate.aspect === complaintAspect) ?? product.topComplaint;
  const growthTone =
    product.growth === null ? 'neutral' : product.growth >= 0.02 ? 'up' : product.growth <= -0.02 ? 'down' : 'flat';
  const band = sentimentBandOf(product.sentiment);
  return (
    <button
      type="button"
      className="product-tile"
      data-index={index}
      data-product-id={product.id}
      tabIndex={focused ? 0 : -1}
      onClick={() => onOpen(product)}
      onFocus={() => onFocus(index)}
    >
      <div className="product-tile__image">
        <ProductImage sourceId={sourceId} uri={product.imageUri} alt={product.name} />
        {complaint && (
          <span className="product-tile__complaint" title="Share of this period's reviews complaining about it">
            {aspectLabel(complaint.aspect)} complaints · {formatPercent(complaint.share, 0)}
          </span>
        )}
      </div>
      <div className="product-tile__body">
        <div className="product-tile__name">{product.name}</div>
        <div className="product-tile__meta">
          <span>{[product.brand, product.category].filter(Boolean).join(' · ')}</span>
          <span className="product-tile__price">{formatPrice(product.price, currency)}</span>
        </div>
        <div className="product-tile__sales">
          <Sparkline values={product.sparkline} label={`Monthly revenue of ${product.name}, last 12 months`} />
          <div className="product-tile__revenue">
            <strong>{formatMoneyCompact(product.revenue, currency)}</strong>
            <span className={`growth growth--${growthTone}`} title="Revenue against the same period a year earlier">
              {formatGrowth(product.growth)}
            </span>
          </div>
        </div>
        <div className="product-tile__facts">
          <span title="Units sold in the period">{formatCount(product.units)} units</span>
          {product.returnRate !== null && (
            <span title="Returned units">{formatPercent(product.returnRate, 0)} returned</span>
          )}
        </div>
        <div className="product-tile__reviews">
          {product.reviews > 0 ? (
            <>
              <span className="rating" title="Average rating">
                <Star size={13} aria-hidden="true" />
                {formatRating(product.rating)}
              </span>
              <span className="muted">{formatCount(product.reviews)} reviews</span>
              <span className={`sentiment-dot sentiment-dot--${band ?? 'none'}`} title="Review sentiment">
                {sentimentLabel(product.sentiment)}
              </span>
            </>
          ) : (
            <span className="muted">No reviews in this period</span>
          )}
        </div>
      </div>
    </button>
  );
};

/** A tile's place while its page loads. */
export const TilePlaceholder = () => <div className="product-tile product-tile--placeholder" aria-hidden="true" />;
