import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDatabasePath, generateDemoStore } from '../../demo/generate-demo';
import { DuckDbWarehouse } from '../../warehouse/duckdb-warehouse';
import { ReviewIndex, reviewIndexPath } from './review-index';

describe('ReviewIndex on the generated demo store', () => {
  it('finds the planted quality-collapse product for "zipper broke"', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aisle-review-demo-'));
    const summary = await generateDemoStore({ dataDir, scale: 0.01, seed: 42 });
    const planted = summary.plantedFacts.find((fact) => fact.kind === 'quality_collapse');
    expect(planted?.productId).toBeTypeOf('number');
    const warehouse = await DuckDbWarehouse.open(demoDatabasePath(dataDir), { readOnly: true });
    try {
      const started = performance.now();
      const index = await ReviewIndex.build(warehouse, reviewIndexPath(dataDir, 'demo'), {
        extraStamp: `${summary.seed}:${summary.scale}`,
      });
      const buildMs = performance.now() - started;
      const searchStarted = performance.now();
      const { total, results } = index.search('zipper broke', { limit: 10 });
      const searchMs = performance.now() - searchStarted;
      console.log(
        `review index: ${index.count()} reviews built in ${buildMs.toFixed(0)} ms; "zipper broke": ${total} matches in ${searchMs.toFixed(1)} ms`,
      );
      expect(total).toBeGreaterThan(0);
      const top = results.map((hit) => hit.productId);
      expect(top).toContain(String(planted?.productId));
      expect(results.find((hit) => hit.productId === String(planted?.productId))?.productName).toBe(
        planted?.productName,
      );
      index.close();
    } finally {
      await warehouse.close();
    }
  }, 120_000);
});
