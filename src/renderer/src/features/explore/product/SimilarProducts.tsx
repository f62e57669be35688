import { Star } from 'lucide-react';
import type { ProductCard } from '../../../../../shared/contract/explore';
import { formatPrice, formatRating } from '../explore-format';
import { ProductImage } from '../ProductImage';

interface SimilarProductsProps {
  sourceId: string;
  /** The source's currency (ISO code); null shows prices as plain numbers. */
  currency: string | null;
  products: readonly ProductCard[];
  onOpenProduct: (productId: string) => void;
}

/** Neighbours in the range, one click away. */
export const SimilarProducts = ({ sourceId, currency, products, onOpenProduct }: SimilarProductsProps) => (
  <ul className="product-similar">
    {products.map((product) => (
      <li key={product.id}>
        <button type="button" className="product-similar__tile" onClick={() => onOpenProduct(product.id)}>
          <ProductImage sourceId={sourceId} uri={product.imageUri} alt="" className="product-similar__image" />
          <span className="product-similar__name">{product.name}</span>
          <span className="product-similar__meta">
            <span>{formatPrice(product.price, currency)}</span>
            {product.rating !== null && (
              <span className="product-similar__rating" aria-label={`rated ${formatRating(product.rating)} of 5`}>
                <Star size={11} aria-hidden="true" />
                {formatRating(product.rating)}
              </span>
            )}
          </span>
        </button>
      </li>
    ))}
  </ul>
);
