import { rmSync } from 'node:fs';
import { z } from 'zod';
import { ConceptColumns, mappedPairs, type DataSource, type ImportResult } from '../../shared/contract';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import type { DemoService } from '../demo/demo-service';
import { demoModel, modelFromMapping, type ColumnMapping, type SemanticModel } from '../semantic';
import { DuckDbWarehouse } from '../warehouse/duckdb-warehouse';
import type { Warehouse } from '../warehouse/warehouse';

export const DEMO_SOURCE: DataSource = {
  id: 'demo',
  name: 'Demo store',
  kind: 'local',
  description: 'A generated fashion retailer in a local DuckDB warehouse. No account needed.',
};

/** What the cache keeps about an imported source, beside its file location. */
const ImportedSourceInfo = z.object({
  kind: z.literal('import'),
  description: z.string(),
  mapping: ConceptColumns,
  rowsLoaded: z.number(),
});
type ImportedSourceInfo = z.infer<typeof ImportedSourceInfo>;

interface ImportedSource {
  source: DataSource;
  location: string;
  info: ImportedSourceInfo;
}

/**
 * The data sources this copy of Aisle knows (the demo store, and files imported into the
 * cache's `sources` table) and their open warehouses. Warehouses open on first use and stay
 * open; `release` closes one (before its file is replaced or removed).
 */
export class SourceRegistry {
  readonly #demo: DemoService;
  readonly #cache: Cache;
  readonly #open = new Map<string, Promise<Warehouse>>();

  constructor(demo: DemoService, cache: Cache) {
    this.#demo = demo;
    this.#cache = cache;
  }

  #imported(): ImportedSource[] {
    return this.#cache.sources.list().flatMap((row) => {
      const info = ImportedSourceInfo.safeParse(row.model);
      if (row.kind !== 'local' || !info.success) return [];
      return [
        {
          source: { id: row.id, name: row.name, kind: 'local' as const, description: info.data.description },
          location: row.location,
          info: info.data,
        },
      ];
    });
  }

  list(): DataSource[] {
    return [DEMO_SOURCE, ...this.#imported().map((imported) => imported.source)];
  }

  find(nameOrId: string): DataSource {
    const wanted = nameOrId.trim().toLowerCase();
    const source = this.list().find((s) => s.id.toLowerCase() === wanted || s.name.toLowerCase() === wanted);
    if (!source) {
      const known = this.list()
        .map((s) => s.id)
        .join(', ');
      throw new AisleError('not_found', `There is no data source called "${nameOrId}". Known sources: ${known}.`, {
        field: 'source',
      });
    }
    return source;
  }

  /** The source's warehouse; the demo store is generated first if it does not exist yet. */
  warehouse(sourceId: string): Promise<Warehouse> {
    const source = this.find(sourceId);
    const existing = this.#open.get(source.id);
    if (existing) return existing;
    const imported = this.#imported().find((candidate) => candidate.source.id === source.id);
    const opening = imported
      ? DuckDbWarehouse.open(imported.location)
      : this.#demo.ensure().then(() => DuckDbWarehouse.open(this.#demo.path));
    this.#open.set(source.id, opening);
    opening.catch(() => this.#open.delete(source.id));
    return opening;
  }

  /** The semantic model questions about this source are compiled against. */
  semanticModel(sourceId: string): SemanticModel {
    const source = this.find(sourceId);
    const imported = this.#imported().find((candidate) => candidate.source.id === source.id);
    if (!imported) return demoModel;
    const columns: ColumnMapping['columns'] = {};
    for (const concept of Object.keys(imported.info.mapping) as (keyof ConceptColumns)[]) {
      // The imported table names its columns after the concepts; a "region" column that came
      // from a country column is a country to the semantic layer.
      if (concept === 'region') {
        const original = imported.info.mapping.region ?? '';
        columns[/country/i.test(original) ? 'country' : 'region'] = 'region';
      } else {
        columns[concept] = concept;
      }
    }
    // Line revenue is always present in an imported table (computed when the file had none).
    columns.line_revenue = 'line_revenue';
    return modelFromMapping({ id: source.id, label: source.name, table: ['sales'], columns });
  }

  /** Records a finished import as a source. */
  registerImport(result: ImportResult): DataSource {
    this.#cache.sources.upsert({
      id: result.source.id,
      name: result.source.name,
      kind: 'local',
      location: result.path,
      model: {
        kind: 'import',
        description: result.source.description,
        // Only the mapped concepts: the cache stores JSON, which has no `undefined`.
        mapping: Object.fromEntries(mappedPairs(result.mapping)),
        rowsLoaded: result.rowsLoaded,
      },
    });
    return result.source;
  }

  /** Forgets an imported source and deletes its warehouse file; the demo store stays. */
  async remove(sourceId: string): Promise<void> {
    const source = this.find(sourceId);
    if (source.id === DEMO_SOURCE.id) {
      throw new AisleError('invalid_input', 'The demo store cannot be removed; regenerate it in Settings instead.');
    }
    const imported = this.#imported().find((candidate) => candidate.source.id === source.id);
    await this.release(source.id);
    this.#cache.sources.remove(source.id);
    if (imported) for (const file of [imported.location, `${imported.location}.wal`]) rmSync(file, { force: true });
  }

  async release(sourceId: string): Promise<void> {
    const opening = this.#open.get(sourceId);
    this.#open.delete(sourceId);
    if (opening) await (await opening.catch(() => null))?.close();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#open.keys()].map((id) => this.release(id)));
  }
}
