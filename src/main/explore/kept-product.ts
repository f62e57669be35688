import { z } from 'zod';
import { ProductImage, ProductMeasure, SalesPoint, type ProductCard } from '../../shared/contract/explore';
import { formatMoment } from '../../shared/format/day';
import { keepJson, keptPath, readKeptJson, type Kept } from '../offline/kept-json';

/** What a product page reads from the warehouse (reviews come from this computer's index). */
export const ProductReads = z.object({
  sales: z.object({
    weekly: z.array(SalesPoint),
    daily: z.array(z.object({ day: z.string(), units: z.number(), revenue: z.number() })),
  }),
  measures: z.array(ProductMeasure),
  pictures: z.object({
    images: z.array(ProductImage),
    swatches: z.array(z.object({ name: z.string(), hex: z.string().nullable() })),
  }),
});
export type ProductReads = z.infer<typeof ProductReads>;

/** One file per source, period, last day of sales and product: the page as last read. */
const pathOf = (dataDir: string, sourceId: string, period: string, anchor: string, productId: string): string =>
  keptPath(dataDir, 'explore-cache/products', JSON.stringify([sourceId, period, anchor, productId]));

export interface ProductKey {
  dataDir: string;
  sourceId: string;
  period: string;
  /** The last day of sales the period is counted back from: a newer one makes a new page. */
  anchor: string;
  productId: string;
}

export const keepProductReads = (key: ProductKey, reads: ProductReads, readAt: string): void =>
  keepJson(pathOf(key.dataDir, key.sourceId, key.period, key.anchor, key.productId), reads, readAt);

export const keptProductReads = (key: ProductKey): Kept<ProductReads> | null =>
  readKeptJson(pathOf(key.dataDir, key.sourceId, key.period, key.anchor, key.productId), ProductReads);

/**
 * A product never opened before going offline: its period's numbers from the kept catalogue
 * card, no weekly sales and no pictures (they were never read).
 */
export const readsFromCard = (card: ProductCard): ProductReads => ({
  sales: { weekly: [], daily: [] },
  measures: [
    {
      id: 'revenue',
      label: 'Revenue',
      format: 'currency',
      value: card.revenue,
      // The card keeps growth against a year earlier, so the earlier revenue follows from it.
      previous: card.growth === null || card.growth === -1 ? null : card.revenue / (1 + card.growth),
    },
    { id: 'units', label: 'Units sold', format: 'number', value: card.units, previous: null },
  ],
  pictures: { images: [], swatches: [] },
});

export const keptPageNote = (savedAt: string): string =>
  `Offline: this product’s sales as read on ${formatMoment(savedAt)}, kept on this computer; reviews from this computer’s index.`;

export const cardOnlyNote = (catalogueAsOf: string): string =>
  `Offline: this product was not opened before Google became unreachable, so only its numbers from the product list (read on ${formatMoment(catalogueAsOf)}) and its reviews are here. Its weekly sales and pictures load when Google is reachable again.`;

export const keptCatalogueNote = (savedAt: string): string =>
  `Offline: the products as read on ${formatMoment(savedAt)}, kept on this computer. They refresh when Google is reachable again.`;
