import { join } from 'node:path';
import { z } from 'zod';
import type { ExplorePeriod } from '../../shared/contract/explore';
import { keepJson, readKeptJson } from '../offline/kept-json';
import type { CatalogueProduct } from './product-catalogue';

const Kept = z.object({
  anchor: z.string(),
  products: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: z.string().nullable(),
      department: z.string().nullable(),
      brand: z.string().nullable(),
      price: z.number().nullable(),
      imageUri: z.string().nullable(),
      revenue: z.number(),
      units: z.number(),
      previousRevenue: z.number().nullable(),
      sparkline: z.array(z.number()),
      returned: z.number().nullable(),
      nonCancelled: z.number().nullable(),
    }),
  ),
});
export type CatalogueSnapshot = z.infer<typeof Kept> & { savedAt: string };

/** `<dataDir>/explore-cache/<source>-<period>.json`: the last catalogue read, for offline use. */
export const snapshotPath = (dataDir: string, sourceId: string, period: ExplorePeriod): string =>
  join(dataDir, 'explore-cache', `${sourceId.replace(/[^A-Za-z0-9._-]+/g, '-')}-${period}.json`);

/** Keeps the catalogue of a source. */
export const saveSnapshot = (
  path: string,
  anchor: string,
  products: readonly CatalogueProduct[],
  readAt: string,
): void => keepJson(path, { anchor, products }, readAt);

/** The kept catalogue, or null when there is none or it cannot be read. */
export const loadSnapshot = (path: string): CatalogueSnapshot | null => {
  const kept = readKeptJson(path, Kept);
  return kept === null ? null : { ...kept.value, savedAt: kept.savedAt };
};
