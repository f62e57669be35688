import { describe, expect, it } from 'vitest';
import type { ProductFilters } from '../../shared/contract/explore';
import type { ProductReviewStats } from '../reviews/insights/review-insights';
import type { CatalogueProduct } from './product-catalogue';
import { complainsAbout, queryGrid, sentimentBand, toCard } from './product-grid';

const product = (id: string, patch: Partial<CatalogueProduct> = {}): CatalogueProduct => ({
  id,
  name: `Product ${id}`,
  category: 'Jeans',
  department: 'Women',
  brand: 'Acme',
  price: 50,
  imageUri: null,
  revenue: 1000,
  units: 20,
  previousRevenue: 800,
  sparkline: Array<number>(12).fill(80),
  returned: 2,
  nonCancelled: 22,
  ...patch,
});

const noFilters: ProductFilters = {
  departments: [],
  categories: [],
  brands: [],
  priceMin: null,
  priceMax: null,
  ratingMin: null,
  sentiment: null,
  complaintsAbout: null,
};

describe('the product grid', () => {
  const rates = { quality: 0.06, fit: 0.06 };
  const stats = new Map<string, ProductReviewStats>([
    ['a', { reviews: 40, rating: 2.1, sentiment: -0.2, complaints: { quality: 22, fit: 3 } }],
    ['b', { reviews: 40, rating: 4.5, sentiment: 0.6, complaints: { quality: 2 } }],
    ['c', { reviews: 4, rating: 3, sentiment: 0.1, complaints: { quality: 2 } }],
  ]);
  const cards = [
    product('a', { revenue: 500, price: 80 }),
    product('b', { revenue: 3000, category: 'Dresses', previousRevenue: 0 }),
    product('c', { revenue: 1200, name: 'Blue Slim Jeans' }),
    product('d', { revenue: 100, price: null }),
  ].map((item) => toCard(item, stats.get(item.id), rates));
  const ids = (
    filters: Partial<ProductFilters>,
    sort: 'revenue' | 'rating' | 'complaints' | 'price' = 'revenue',
    search = '',
  ) =>
    queryGrid(cards, stats, rates, { search, filters: { ...noFilters, ...filters }, sort, direction: 'desc' }).map(
      (card) => card.id,
    );

  it('computes growth, return rate and the top complaint per card', () => {
    expect(cards[0]).toMatchObject({
      growth: -0.375,
      returnRate: 2 / 22,
      topComplaint: { aspect: 'quality', share: 22 / 40 },
    });
    expect(cards[1]?.growth).toBeNull();
    expect(cards[1]?.topComplaint).toBeNull();
    expect(cards[3]).toMatchObject({ reviews: 0, rating: null, topComplaint: null });
  });

  it('calls it a complaint pattern only with enough reviews, well above the norm', () => {
    expect(complainsAbout(stats.get('a'), 'quality', rates)).toBe(true);
    // 2 of 4 is half the reviews, but two grumbles are not a pattern.
    expect(complainsAbout(stats.get('c'), 'quality', rates)).toBe(false);
    expect(complainsAbout(stats.get('a'), 'fit', rates)).toBe(false);
    expect(complainsAbout(stats.get('a'), 'quality', { quality: 0.2 })).toBe(false);
  });

  it('filters, searches and sorts, with unknown values last in either direction', () => {
    expect(ids({})).toEqual(['b', 'c', 'a', 'd']);
    expect(ids({ categories: ['Jeans'] })).toEqual(['c', 'a', 'd']);
    expect(ids({ complaintsAbout: 'quality' })).toEqual(['a']);
    expect(ids({ ratingMin: 3 })).toEqual(['b', 'c']);
    expect(ids({ sentiment: 'negative' })).toEqual(['a']);
    expect(ids({ priceMin: 60 })).toEqual(['a']);
    expect(ids({}, 'rating')).toEqual(['b', 'c', 'a', 'd']);
    expect(
      queryGrid(cards, stats, rates, { search: '', filters: noFilters, sort: 'price', direction: 'asc' }).at(-1)?.id,
    ).toBe('d');
    expect(ids({}, 'revenue', 'slim jeans')).toEqual(['c']);
    expect(ids({}, 'revenue', 'acme dresses')).toEqual(['b']);
  });

  it('bands sentiment the way the filter does', () => {
    expect(sentimentBand(0.5)).toBe('positive');
    expect(sentimentBand(0.1)).toBe('mixed');
    expect(sentimentBand(-0.01)).toBe('negative');
    expect(sentimentBand(null)).toBeNull();
  });
});
