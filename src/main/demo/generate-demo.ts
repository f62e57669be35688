import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { AisleError } from '../core/aisle-error';
import { listSqlFiles, readSqlFile } from '../platform/sql-files';
import { fromDuckDbError } from '../warehouse/duckdb-errors';
import { catalogTableStatements } from './catalog-tables';
import { plantedFactRules, DEMO_PERIOD } from './planted-facts';
import { drawProductImage, type ImageSpec } from './product-images';
import { fillTemplate } from './sql-literals';
import type { Pattern, Silhouette } from './catalog';

/** Bumped whenever the generated data changes for a given seed and scale. */
export const GENERATOR_VERSION = 1;

export const DEMO_DEFAULTS = { scale: 1, seed: 42 } as const;
export const DEMO_SCALE_LIMITS = { min: 0.001, max: 50 } as const;

export interface DemoProgress {
  stage: string;
  fraction: number;
}

export interface DemoOptions {
  dataDir: string;
  scale?: number;
  seed?: number;
  onProgress?: (progress: DemoProgress) => void;
  signal?: AbortSignal;
}

export interface DemoManifest {
  generatorVersion: number;
  seed: number;
  scale: number;
  period: { start: string; end: string };
  tables: Record<string, number>;
  plantedFacts: Array<{
    kind: string;
    productId?: number;
    productName?: string;
    category?: string;
    department?: string;
    country?: string;
    from?: string;
    to?: string;
    expect: string;
  }>;
}

export interface DemoSummary extends DemoManifest {
  path: string;
  elapsedMs: number;
  images: number;
}

export const demoDatabasePath = (dataDir: string): string => join(dataDir, 'warehouses', 'demo.duckdb');
export const demoManifestPath = (dataDir: string): string => join(dataDir, 'demo-manifest.json');

export const THELOOK_TABLES = [
  'distribution_centers',
  'products',
  'users',
  'orders',
  'order_items',
  'inventory_items',
  'reviews',
  'product_images',
] as const;

/** How much of the work each SQL file is, for the progress bar (measured at scale 1). */
const stageWeights: Record<string, { label: string; weight: number }> = {
  '00_macros.sql': { label: 'Preparing', weight: 1 },
  '10_calendar.sql': { label: 'Laying out the calendar', weight: 1 },
  '20_products.sql': { label: 'Designing products', weight: 3 },
  '30_users.sql': { label: 'Signing up customers', weight: 8 },
  '40_orders.sql': { label: 'Taking orders', weight: 12 },
  '50_order_items.sql': { label: 'Picking, pricing and shipping order lines', weight: 50 },
  '60_reviews.sql': { label: 'Writing reviews', weight: 12 },
  '70_product_images.sql': { label: 'Cataloguing product images', weight: 3 },
};
const IMAGE_WEIGHT = 6;

const sizesFor = (scale: number) => ({
  n_products: Math.max(150, Math.round(3000 * Math.sqrt(scale))),
  n_users: Math.max(400, Math.round(100_000 * scale)),
  target_lines: Math.max(2000, Math.round(1_000_000 * scale)),
});

const validate = (scale: number, seed: number): void => {
  if (!Number.isFinite(scale) || scale < DEMO_SCALE_LIMITS.min || scale > DEMO_SCALE_LIMITS.max) {
    throw new AisleError(
      'invalid_input',
      `Scale must be between ${DEMO_SCALE_LIMITS.min} and ${DEMO_SCALE_LIMITS.max} (1 = about a million order lines).`,
      { field: 'scale' },
    );
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new AisleError('invalid_input', 'Seed must be a whole number, 0 or more.', { field: 'seed' });
  }
};

/**
 * Generates the demo store into `<dataDir>/warehouses/demo.duckdb`: theLook's tables plus
 * reviews and product images, with planted facts. Builds into a temporary file and renames it
 * into place at the end, so an interrupted run never leaves a half-made store behind.
 */
export const generateDemoStore = async (options: DemoOptions): Promise<DemoSummary> => {
  const scale = options.scale ?? DEMO_DEFAULTS.scale;
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  validate(scale, seed);
  const started = performance.now();
  const finalPath = demoDatabasePath(options.dataDir);
  const partialPath = `${finalPath}.partial-${process.pid}`;
  mkdirSync(dirname(finalPath), { recursive: true });
  removeDatabaseFiles(partialPath);

  const report = (stage: string, fraction: number): void => options.onProgress?.({ stage, fraction });
  const files = listSqlFiles('demo');
  const totalWeight =
    files.reduce((sum, file) => sum + (stageWeights[file.split('/').pop() ?? '']?.weight ?? 1), 0) + IMAGE_WEIGHT;
  let done = 0;

  const instance = await DuckDBInstance.create(partialPath);
  const connection = await instance.connect();
  const onAbort = (): void => connection.interrupt();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const values = {
      seed,
      scale,
      start: DEMO_PERIOD.start,
      end: DEMO_PERIOD.end,
      ...sizesFor(scale),
      declining_category: plantedFactRules.decliningCategory.category,
      defect_from: plantedFactRules.qualityCollapse.from,
      promo_from: plantedFactRules.promotion.from,
      promo_to: plantedFactRules.promotion.to,
      promo_discount: plantedFactRules.promotion.discount,
      stockout_from: plantedFactRules.stockOut.from,
      stockout_to: plantedFactRules.stockOut.to,
    };
    report('Preparing', 0);
    for (const statement of catalogTableStatements()) await connection.run(statement);
    for (const file of files) {
      const stage = stageWeights[file.split('/').pop() ?? ''] ?? { label: file, weight: 1 };
      report(stage.label, done / totalWeight);
      throwIfAborted(options.signal);
      await connection.run(fillTemplate(readSqlFile(file), values));
      done += stage.weight;
    }
    report('Drawing product images', done / totalWeight);
    const images = await writeImages(connection, options.dataDir);
    await connection.run(
      `CREATE TABLE aisle_meta.generation AS SELECT ${GENERATOR_VERSION} AS generator_version, ${seed} AS seed, ${scale} AS scale`,
    );
    const manifest = await buildManifest(connection, seed, scale);
    await connection.run('CHECKPOINT');
    connection.closeSync();
    instance.closeSync();
    throwIfAborted(options.signal);
    removeDatabaseFiles(finalPath);
    renameSync(partialPath, finalPath);
    writeFileSync(demoManifestPath(options.dataDir), `${JSON.stringify(manifest, null, 2)}\n`);
    report('Done', 1);
    return { ...manifest, path: finalPath, elapsedMs: performance.now() - started, images };
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    removeDatabaseFiles(partialPath);
    if (error instanceof AisleError) throw error;
    throw options.signal?.aborted
      ? new AisleError(
          'cancelled',
          'Generating the demo store was cancelled; the previous store (if any) is unchanged.',
        )
      : fromDuckDbError(error);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
};

const throwIfAborted = (signal: AbortSignal | undefined): void => {
  if (signal?.aborted) {
    throw new AisleError(
      'cancelled',
      'Generating the demo store was cancelled; the previous store (if any) is unchanged.',
    );
  }
};

const removeDatabaseFiles = (path: string): void => {
  for (const file of [path, `${path}.wal`]) if (existsSync(file)) rmSync(file);
};

const writeImages = async (connection: DuckDBConnection, dataDir: string): Promise<number> => {
  const reader = await connection.runAndReadAll(`
    SELECT DISTINCT i.uri, p.silhouette, c.hex, pt.name AS pattern, i.view
    FROM product_images i
    JOIN product_traits p ON p.id = i.product_id
    JOIN cat_colours c ON c.colour_idx = p.colour_idx
    JOIN cat_patterns pt ON pt.pattern_idx = p.pattern_idx`);
  const rows = reader.getRowObjectsJson() as Array<{ uri: string } & Record<string, string>>;
  for (const row of rows) {
    const path = join(dataDir, row.uri);
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    const spec: ImageSpec = {
      silhouette: row['silhouette'] as Silhouette,
      hex: row['hex'] ?? '#888888',
      pattern: row['pattern'] as Pattern,
      view: row['view'] as ImageSpec['view'],
    };
    writeFileSync(path, drawProductImage(spec));
  }
  return rows.length;
};

const buildManifest = async (connection: DuckDBConnection, seed: number, scale: number): Promise<DemoManifest> => {
  const tables: Record<string, number> = {};
  for (const table of THELOOK_TABLES) {
    const reader = await connection.runAndReadAll(`SELECT count(*)::DOUBLE FROM ${table}`);
    tables[table] = Number(reader.getRows()[0]?.[0] ?? 0);
  }
  const planted = await connection.runAndReadAll(
    'SELECT kind, product_id::DOUBLE AS product_id, product_name, category, department FROM aisle_meta.planted_facts',
  );
  const byKind = new Map(
    (planted.getRowObjectsJson() as Array<{ kind: string; product_id: number; product_name: string }>).map((row) => [
      row.kind,
      row,
    ]),
  );
  const product = (kind: string) => {
    const row = byKind.get(kind);
    return row ? { productId: row.product_id, productName: row.product_name } : {};
  };
  const r = plantedFactRules;
  return {
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    period: { ...DEMO_PERIOD },
    tables,
    plantedFacts: [
      {
        kind: r.qualityCollapse.kind,
        ...product('quality_collapse'),
        category: r.qualityCollapse.category,
        department: r.qualityCollapse.department,
        from: r.qualityCollapse.from,
        expect: r.qualityCollapse.expect,
      },
      { kind: r.decliningCategory.kind, category: r.decliningCategory.category, expect: r.decliningCategory.expect },
      {
        kind: r.promotion.kind,
        ...product('promotion'),
        category: r.promotion.category,
        department: r.promotion.department,
        from: r.promotion.from,
        to: r.promotion.to,
        expect: r.promotion.expect,
      },
      {
        kind: r.stockOut.kind,
        ...product('stock_out'),
        category: r.stockOut.category,
        department: r.stockOut.department,
        from: r.stockOut.from,
        to: r.stockOut.to,
        expect: r.stockOut.expect,
      },
      { kind: r.growingRegion.kind, country: r.growingRegion.country, expect: r.growingRegion.expect },
      { kind: r.seasonalPeaks.kind, expect: r.seasonalPeaks.expect },
    ],
  };
};
