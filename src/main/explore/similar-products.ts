import type { ProductCard } from '../../shared/contract/explore';

const MAX_SIMILAR = 6;
/** Prices further apart than this share of the product's price are not alternatives. */
const PRICE_BAND = 0.35;

const cosine = (a: ReadonlyMap<string, number> | undefined, b: ReadonlyMap<string, number> | undefined): number => {
  if (!a || !b) return 0;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [key, value] of a) {
    normA += value * value;
    dot += value * (b.get(key) ?? 0);
  }
  for (const value of b.values()) normB += value * value;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
};

/**
 * Products a shopper would weigh against this one: the same category, a close price, and
 * reviews that talk about the same things (cosine of aspect mention counts). Price closeness
 * and shared aspects count equally; sales break ties.
 */
export const similarProducts = (
  product: ProductCard,
  cards: readonly ProductCard[],
  profiles: ReadonlyMap<string, ReadonlyMap<string, number>>,
): ProductCard[] => {
  const own = profiles.get(product.id);
  return cards
    .filter((card) => card.id !== product.id && card.category === product.category)
    .flatMap((card) => {
      const closeness =
        product.price === null || card.price === null || product.price <= 0
          ? 0.5
          : 1 - Math.abs(card.price - product.price) / product.price / PRICE_BAND;
      if (closeness < 0) return [];
      return [{ card, score: 0.5 * closeness + 0.5 * cosine(own, profiles.get(card.id)) }];
    })
    .sort((a, b) => b.score - a.score || b.card.revenue - a.card.revenue)
    .slice(0, MAX_SIMILAR)
    .map((entry) => entry.card);
};
