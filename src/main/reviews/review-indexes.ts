import { existsSync } from 'node:fs';
import type { Warehouse } from '../warehouse/warehouse';
import { ReviewInsights } from './insights/review-insights';
import { ReviewIndex, reviewIndexPath, type ReviewIndexProgress } from './search';

export interface ReviewIndexesOptions {
  dataDir: string;
  warehouse: (sourceId: string) => Promise<Warehouse>;
  /** What else identifies a source's reviews (the demo manifest's seed and scale): see ReviewIndexBuildOptions.extraStamp. */
  extraStamp: (sourceId: string) => string;
}

export interface EnsureOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReviewIndexProgress) => void;
}

/**
 * Each source's review index and the insights read from it, built on first use and kept open
 * for the session: checking whether the source changed costs a query (a billed one on
 * BigQuery), so it happens once per source until `forget` (a regenerated store, a refresh).
 */
export class ReviewIndexes {
  readonly #options: ReviewIndexesOptions;
  readonly #ready = new Map<string, Promise<ReviewInsights | null>>();

  constructor(options: ReviewIndexesOptions) {
    this.#options = options;
  }

  /** The source's insights, or null when it has no reviews table. */
  insights(sourceId: string, options: EnsureOptions = {}): Promise<ReviewInsights | null> {
    const existing = this.#ready.get(sourceId);
    if (existing) return existing;
    const building = this.#build(sourceId, options);
    this.#ready.set(sourceId, building);
    building.catch(() => this.#ready.delete(sourceId));
    return building;
  }

  async #build(sourceId: string, options: EnsureOptions): Promise<ReviewInsights | null> {
    const warehouse = await this.#options.warehouse(sourceId);
    const tables = await warehouse.listTables();
    if (!tables.some((table) => table.name.toLowerCase() === 'reviews')) return null;
    const path = reviewIndexPath(this.#options.dataDir, sourceId);
    const { index } = await ReviewIndex.ensure(warehouse, path, {
      extraStamp: this.#options.extraStamp(sourceId),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    index.close();
    return new ReviewInsights(path);
  }

  /**
   * The insights of the index already on disk, without checking the source (offline, the
   * source cannot be asked whether its reviews changed); null when there is no index yet.
   */
  offlineInsights(sourceId: string): ReviewInsights | null {
    const path = reviewIndexPath(this.#options.dataDir, sourceId);
    if (!existsSync(path)) return null;
    try {
      const insights = new ReviewInsights(path);
      // Kept like a checked one, so `forget` closes it (a sign-in change, a removed source).
      this.#ready.set(sourceId, Promise.resolve(insights));
      return insights;
    } catch {
      return null;
    }
  }

  /** Closes and forgets one source's insights (or all); the next use checks the source again. */
  async forget(sourceId?: string): Promise<void> {
    const entries = [...this.#ready].filter(([id]) => sourceId === undefined || id === sourceId);
    for (const [id, pending] of entries) {
      this.#ready.delete(id);
      const insights = await pending.catch(() => null);
      insights?.close();
    }
  }
}
