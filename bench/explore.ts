import type { ProductCard, ProductFilters } from '../src/shared/contract/explore';
import { createTestCore } from '../src/main/core/test-core';
import { queryGrid } from '../src/main/explore/product-grid';
import type { ProductReviewStats } from '../src/main/reviews/insights/review-insights';

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
};

const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/**
 * The explorer through the real core on a generated store: the first grid page (which reads
 * every product's sales and, the first time, scores every review into the index), then pages,
 * filters and sorts as someone scrolls and clicks, then product pages.
 */
export const benchExplore = async (
  dataDir: string,
): Promise<{ firstPage: number; pageP50: number; productP50: number; reviewSearchP50: number }> => {
  const core = createTestCore(dataDir);
  try {
    const call = async (method: 'explore.products' | 'explore.product' | 'explore.reviews', input: unknown) => {
      const reply = await core.router.invoke(method, input, { transport: 'ipc' });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    };
    const firstPage = await timed(() => call('explore.products', { sourceId: 'demo', limit: 120 }));
    const pages: number[] = [];
    const grid = [
      { offset: 120 },
      { offset: 240 },
      { sort: 'rating', direction: 'asc' },
      { filters: { complaintsAbout: 'quality' }, sort: 'complaints' },
      { filters: { categories: ['Jeans', 'Dresses'] }, sort: 'growth' },
      { search: 'puffer jacket' },
      { period: 'last_3_months' },
      { sort: 'return_rate' },
    ];
    for (const change of grid)
      pages.push(await timed(() => call('explore.products', { sourceId: 'demo', limit: 120, ...change })));
    const first = (await call('explore.products', { sourceId: 'demo', limit: 10 })) as { rows: ProductCard[] };
    const products: number[] = [];
    for (const card of first.rows)
      products.push(await timed(() => call('explore.product', { sourceId: 'demo', productId: card.id })));
    const searches: number[] = [];
    for (const query of ['zipper broke', 'runs small', 'lovely colour', 'late delivery', 'seams']) {
      searches.push(await timed(() => call('explore.reviews', { sourceId: 'demo', query, limit: 25 })));
    }
    return {
      firstPage,
      pageP50: percentile(pages, 0.5),
      productP50: percentile(products, 0.5),
      reviewSearchP50: percentile(searches, 0.5),
    };
  } finally {
    await core.stop();
  }
};

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

/** Filtering and sorting 30,000 products in main (what each grid request does), with made-up cards. */
export const benchGridQuery = (count = 30_000): { sortMs: number; filterMs: number } => {
  const stats = new Map<string, ProductReviewStats>();
  const cards: ProductCard[] = Array.from({ length: count }, (_, index) => {
    const id = String(index);
    stats.set(id, { reviews: 20, rating: 1 + (index % 5), sentiment: 0.1, complaints: { quality: index % 7 } });
    return {
      id,
      name: `Product ${index} ${['Jacket', 'Jeans', 'Dress'][index % 3] ?? ''}`,
      category: ['Outerwear', 'Jeans', 'Dresses'][index % 3] ?? null,
      department: index % 2 === 0 ? 'Women' : 'Men',
      brand: `Brand ${index % 40}`,
      price: 10 + (index % 300),
      imageUri: null,
      revenue: (index * 7919) % 100_000,
      units: index % 500,
      growth: ((index % 200) - 100) / 100,
      sparkline: Array<number>(12).fill(index % 50),
      returnRate: (index % 30) / 100,
      rating: 1 + (index % 5),
      reviews: 20,
      sentiment: 0.1,
      topComplaint: null,
      complaints: [],
    };
  });
  const rates = { quality: 0.06 };
  const sortMs = percentile(
    [0, 1, 2, 3, 4].map(() => {
      const started = performance.now();
      queryGrid(cards, stats, rates, { search: '', filters: noFilters, sort: 'revenue', direction: 'desc' });
      return performance.now() - started;
    }),
    0.5,
  );
  const filterMs = percentile(
    [0, 1, 2, 3, 4].map(() => {
      const started = performance.now();
      queryGrid(cards, stats, rates, {
        search: 'jacket',
        filters: { ...noFilters, complaintsAbout: 'quality', departments: ['Women'] },
        sort: 'complaints',
        direction: 'desc',
      });
      return performance.now() - started;
    }),
    0.5,
  );
  return { sortMs, filterMs };
};
