import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { aspectLabel, formatPercent, formatPrice, sentimentBandOf, sentimentLabel } from '../explore-format';

interface ProductHeaderProps {
  detail: ProductDetail;
  /** The source's currency (ISO code); null shows the price as a plain number. */
  currency: string | null;
  onBack: () => void;
  /** Page actions shown beside the back button (pin as report). */
  actions?: ReactNode;
}

const sentimentTone = (sentiment: number | null) => {
  const band = sentimentBandOf(sentiment);
  return band === 'positive' ? 'success' : band === 'negative' ? 'danger' : band === 'mixed' ? 'warning' : 'neutral';
};

/** Back, the product's name and place in the range, its price, colours and what stands out. */
export const ProductHeader = ({ detail, currency, onBack, actions }: ProductHeaderProps) => {
  const { product, swatches } = detail;
  const lineage = [product.brand, product.category, product.department].filter(Boolean).join(' · ');
  // The tile that opened this page is gone: focus moves to the page's heading, not to nowhere.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [product.id]);
  return (
    <header className="product-header">
      <div className="product-header__bar">
        <Button variant="ghost" size="sm" icon={<ArrowLeft size={14} />} onClick={onBack} aria-keyshortcuts="Escape">
          All products
        </Button>
        {actions}
      </div>
      <div className="product-header__main">
        <div className="product-header__title">
          <h1 ref={heading} tabIndex={-1}>
            {product.name}
          </h1>
          {lineage && <p className="product-header__lineage">{lineage}</p>}
        </div>
        <div className="product-header__side">
          <span className="product-header__price" title="List price">
            {formatPrice(product.price, currency)}
          </span>
          {swatches.length > 0 && (
            <ul className="product-swatches" aria-label="Colours">
              {swatches.map((swatch) => (
                <li key={swatch.name}>
                  <span
                    className={`product-swatch${swatch.hex === null ? ' product-swatch--unknown' : ''}`}
                    // The colour comes from the data, so it cannot be a token.
                    style={swatch.hex === null ? undefined : { backgroundColor: swatch.hex }}
                    role="img"
                    aria-label={swatch.hex === null ? swatch.name : `${swatch.name} (${swatch.hex})`}
                    title={swatch.name}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="product-header__badges">
        {product.topComplaint && (
          <Badge tone="danger">
            Top complaint: {aspectLabel(product.topComplaint.aspect)} · {formatPercent(product.topComplaint.share, 0)}{' '}
            of reviews
          </Badge>
        )}
        {detail.reviews === 'ready' && product.reviews > 0 && (
          <Badge tone={sentimentTone(product.sentiment)}>{sentimentLabel(product.sentiment)} reviews</Badge>
        )}
      </div>
    </header>
  );
};
