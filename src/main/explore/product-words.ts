import type { ProductCard } from '../../shared/contract/explore';

/** The words of a product's own name, category and brand: its reviews use them, but they are not aspects. */
export const productWords = (card: Pick<ProductCard, 'name' | 'category' | 'brand'>): Set<string> =>
  new Set(
    [card.name, card.category ?? '', card.brand ?? '']
      .join(' ')
      .toLowerCase()
      .match(/[a-z]{3,}/g) ?? [],
  );
