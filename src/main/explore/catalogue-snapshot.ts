import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { ExplorePeriod } from '../../shared/contract/explore';
import type { CatalogueProduct } from './product-catalogue';

const Snapshot = z.object({
  anchor: z.string(),
  savedAt: z.string(),
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
export type CatalogueSnapshot = z.infer<typeof Snapshot>;

/** `<dataDir>/explore-cache/<source>-<period>.json`: the last catalogue read, for offline use. */
export const snapshotPath = (dataDir: string, sourceId: string, period: ExplorePeriod): string =>
  join(dataDir, 'explore-cache', `${sourceId.replace(/[^A-Za-z0-9._-]+/g, '-')}-${period}.json`);

/** Keeps the catalogue of a source (written whole, then renamed: never half a file). */
export const saveSnapshot = (path: string, anchor: string, products: readonly CatalogueProduct[]): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ anchor, savedAt: new Date().toISOString(), products }));
  renameSync(temporary, path);
};

/** The kept catalogue, or null when there is none or it cannot be read. */
export const loadSnapshot = (path: string): CatalogueSnapshot | null => {
  try {
    const parsed = Snapshot.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};
