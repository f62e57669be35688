import { rmSync } from 'node:fs';
import { z } from 'zod';
import { ConceptColumns, mappedPairs, SourceCurrency, type DataSource, type ImportResult } from '../../shared/contract';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import type { DemoService } from '../demo/demo-service';
import {
  demoModel,
  modelFromMapping,
  retailModel,
  thelookModel,
  type ColumnMapping,
  type SemanticModel,
} from '../semantic';
import {
  BIGQUERY_PREFIX,
  bigQuerySourceOf,
  parseBigQueryName,
  THELOOK_SOURCE,
  type BigQueryDatasetRef,
} from './bigquery-sources';
import { DuckDbWarehouse } from '../warehouse/duckdb-warehouse';
import type { Warehouse } from '../warehouse/warehouse';

export const DEMO_SOURCE: DataSource = {
  id: 'demo',
  name: 'Demo store',
  kind: 'local',
  description: 'A generated fashion retailer in a local DuckDB warehouse. No account needed.',
  builtIn: true,
  // The generator prices in US dollars.
  currency: 'USD',
};

/** A currency kept before it could be checked, or by a newer Aisle: unknown rather than a broken source list. */
const KeptCurrency = SourceCurrency.default(null).catch(null);

/** What the cache keeps about an imported source, beside its file location. */
const ImportedSourceInfo = z.object({
  kind: z.literal('import'),
  description: z.string(),
  mapping: ConceptColumns,
  rowsLoaded: z.number(),
  currency: KeptCurrency,
});
type ImportedSourceInfo = z.infer<typeof ImportedSourceInfo>;

interface ImportedSource {
  source: DataSource;
  location: string;
  info: ImportedSourceInfo;
}

/** What the cache keeps about an added BigQuery dataset. */
const BigQuerySourceInfo = z.object({
  kind: z.literal('bigquery-dataset'),
  projectId: z.string(),
  datasetId: z.string(),
  location: z.string().nullable(),
  /** Tables in theLook's shape (as Aisle publishes the demo store), so the retail model fits; null when not. */
  schema: z.enum(['thelook', 'thelook-reviews']).nullable().default(null),
  currency: KeptCurrency,
});
type BigQuerySourceInfo = z.infer<typeof BigQuerySourceInfo>;

/** What a dataset's tables say about its shape: theLook's core tables, and reviews beside them. */
export const retailSchemaOf = (tables: readonly string[]): 'thelook' | 'thelook-reviews' | null => {
  const names = new Set(tables.map((name) => name.toLowerCase()));
  if (!['order_items', 'products', 'users'].every((name) => names.has(name))) return null;
  return names.has('reviews') ? 'thelook-reviews' : 'thelook';
};

/** Opens BigQuery warehouses; absent when Aisle runs without Google support (some tests). */
export interface BigQueryOpener {
  open(dataset: BigQueryDatasetRef): Promise<Warehouse>;
}

/**
 * The data sources this copy of Aisle knows (the demo store, and files imported into the
 * cache's `sources` table) and their open warehouses. Warehouses open on first use and stay
 * open; `release` closes one (before its file is replaced or removed).
 */
export class SourceRegistry {
  readonly #demo: DemoService;
  readonly #cache: Cache;
  readonly #bigQuery: BigQueryOpener | undefined;
  readonly #open = new Map<string, Promise<Warehouse>>();

  constructor(demo: DemoService, cache: Cache, bigQuery?: BigQueryOpener) {
    this.#demo = demo;
    this.#cache = cache;
    this.#bigQuery = bigQuery;
  }

  /** Added BigQuery datasets, as the cache keeps them. */
  #addedDatasets(): { source: DataSource; ref: BigQueryDatasetRef; info: BigQuerySourceInfo }[] {
    return this.#cache.sources.list().flatMap((row) => {
      const info = BigQuerySourceInfo.safeParse(row.model);
      if (row.kind !== 'bigquery' || !info.success) return [];
      const ref: BigQueryDatasetRef = {
        projectId: info.data.projectId,
        datasetId: info.data.datasetId,
        location: info.data.location,
      };
      return [
        {
          source: { ...bigQuerySourceOf(ref), id: row.id, name: row.name, currency: info.data.currency },
          ref,
          info: info.data,
        },
      ];
    });
  }

  /** The dataset behind a BigQuery source id (built in, added, or named `bq:PROJECT.DATASET`). */
  #datasetOf(sourceId: string): BigQueryDatasetRef | null {
    if (sourceId === THELOOK_SOURCE.source.id) return THELOOK_SOURCE.ref;
    const added = this.#addedDatasets().find((candidate) => candidate.source.id === sourceId);
    if (added) return added.ref;
    return sourceId.startsWith(BIGQUERY_PREFIX) ? parseBigQueryName(sourceId) : null;
  }

  #imported(): ImportedSource[] {
    return this.#cache.sources.list().flatMap((row) => {
      const info = ImportedSourceInfo.safeParse(row.model);
      if (row.kind !== 'local' || !info.success) return [];
      return [
        {
          source: {
            id: row.id,
            name: row.name,
            kind: 'local' as const,
            description: info.data.description,
            currency: info.data.currency,
          },
          location: row.location,
          info: info.data,
        },
      ];
    });
  }

  list(): DataSource[] {
    return [
      DEMO_SOURCE,
      ...this.#imported().map((imported) => imported.source),
      THELOOK_SOURCE.source,
      ...this.#addedDatasets().map((added) => added.source),
    ];
  }

  find(nameOrId: string): DataSource {
    // `bq:PROJECT.DATASET` names any dataset without adding it first (the CLI's shorthand).
    if (nameOrId.trim().toLowerCase().startsWith(BIGQUERY_PREFIX)) {
      const ref = parseBigQueryName(nameOrId.trim());
      if (ref.projectId === THELOOK_SOURCE.ref.projectId && ref.datasetId === THELOOK_SOURCE.ref.datasetId) {
        return THELOOK_SOURCE.source;
      }
      return this.list().find((s) => s.id === bigQuerySourceOf(ref).id) ?? bigQuerySourceOf(ref);
    }
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

  /** The BigQuery dataset behind a source, or null for a local one. */
  bigQueryDataset(sourceId: string): BigQueryDatasetRef | null {
    const source = this.find(sourceId);
    return source.kind === 'bigquery' ? this.#datasetOf(source.id) : null;
  }

  /** The source's warehouse; the demo store is generated first if it does not exist yet. */
  warehouse(sourceId: string): Promise<Warehouse> {
    const source = this.find(sourceId);
    const existing = this.#open.get(source.id);
    if (existing) return existing;
    const opening = this.#openWarehouse(source);
    this.#open.set(source.id, opening);
    opening.catch(() => this.#open.delete(source.id));
    return opening;
  }

  #openWarehouse(source: DataSource): Promise<Warehouse> {
    if (source.kind === 'bigquery') {
      const ref = this.#datasetOf(source.id);
      if (!ref || !this.#bigQuery) {
        return Promise.reject(
          new AisleError('unavailable', `This copy of Aisle cannot open the BigQuery source "${source.name}".`),
        );
      }
      return this.#bigQuery.open(ref);
    }
    const imported = this.#imported().find((candidate) => candidate.source.id === source.id);
    return imported
      ? DuckDbWarehouse.open(imported.location)
      : this.#demo.ensure().then(() => DuckDbWarehouse.open(this.#demo.path));
  }

  /**
   * Adds a BigQuery dataset as a source (idempotent: adding it twice keeps one). Its currency is
   * `currency` when given, else what it had (a dataset added again keeps the one chosen), else unknown.
   */
  addBigQuery(ref: BigQueryDatasetRef, tables: readonly string[] = [], currency?: string | null): DataSource {
    const plain = bigQuerySourceOf(ref);
    if (plain.id === THELOOK_SOURCE.source.id) return THELOOK_SOURCE.source;
    const kept = this.#addedDatasets().find((candidate) => candidate.source.id === plain.id)?.info.currency ?? null;
    const source: DataSource = { ...plain, currency: currency === undefined ? kept : currency };
    this.#saveDataset(source, { ...ref, schema: retailSchemaOf(tables) });
    return source;
  }

  #saveDataset(source: DataSource, dataset: BigQueryDatasetRef & Pick<BigQuerySourceInfo, 'schema'>): void {
    this.#cache.sources.upsert({
      id: source.id,
      name: source.name,
      kind: 'bigquery',
      location: `${dataset.projectId}.${dataset.datasetId}`,
      model: {
        kind: 'bigquery-dataset',
        projectId: dataset.projectId,
        datasetId: dataset.datasetId,
        location: dataset.location,
        schema: dataset.schema,
        currency: source.currency,
      } satisfies BigQuerySourceInfo,
    });
  }

  /** Records what currency a source's money is in (null: not known). Built-in sources are priced in US dollars for good. */
  setCurrency(sourceId: string, currency: string | null): DataSource {
    const source = this.find(sourceId);
    if (source.builtIn === true) {
      throw new AisleError(
        'invalid_input',
        `${source.name} is built in and priced in US dollars; its currency cannot be changed.`,
        { field: 'currency' },
      );
    }
    const imported = this.#imported().find((candidate) => candidate.source.id === source.id);
    if (imported) {
      this.#saveImport(imported.source, imported.location, { ...imported.info, currency });
      return { ...imported.source, currency };
    }
    const added = this.#addedDatasets().find((candidate) => candidate.source.id === source.id);
    if (!added) {
      throw new AisleError(
        'invalid_input',
        `${source.name} is not added to Aisle: add the dataset in Settings first, then choose its currency.`,
        { field: 'id' },
      );
    }
    const changed = { ...added.source, currency };
    this.#saveDataset(changed, { ...added.ref, schema: added.info.schema });
    return changed;
  }

  /** Closes every open BigQuery warehouse (after sign-out or a new billing project). */
  async releaseBigQuery(): Promise<void> {
    const ids = [...this.#open.keys()].filter((id) => this.#datasetOf(id) !== null);
    await Promise.all(ids.map((id) => this.release(id)));
  }

  /** The semantic model questions about this source are compiled against; null for a dataset Aisle has no model of. */
  semanticModel(sourceId: string): SemanticModel | null {
    const source = this.find(sourceId);
    if (source.id === THELOOK_SOURCE.source.id) return thelookModel;
    if (source.kind === 'bigquery') {
      const added = this.#addedDatasets().find((candidate) => candidate.source.id === source.id);
      if (!added?.info.schema) return null;
      const { projectId, datasetId } = added.ref;
      return retailModel({
        id: source.id,
        label: source.name,
        tablePath: (table) => [projectId, datasetId, table],
        reviews: added.info.schema === 'thelook-reviews',
      });
    }
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

  /** Records a finished import as a source, in the currency the import chose. */
  registerImport(result: ImportResult): DataSource {
    this.#saveImport(result.source, result.path, {
      kind: 'import',
      description: result.source.description,
      mapping: result.mapping,
      rowsLoaded: result.rowsLoaded,
      currency: result.source.currency,
    });
    return result.source;
  }

  #saveImport(source: Pick<DataSource, 'id' | 'name'>, location: string, info: ImportedSourceInfo): void {
    this.#cache.sources.upsert({
      id: source.id,
      name: source.name,
      kind: 'local',
      location,
      model: {
        ...info,
        // Only the mapped concepts: the cache stores JSON, which has no `undefined`.
        mapping: Object.fromEntries(mappedPairs(info.mapping)),
      },
    });
  }

  /** Forgets an imported source and deletes its warehouse file, or forgets an added dataset; built-in sources stay. */
  async remove(sourceId: string): Promise<void> {
    const source = this.find(sourceId);
    if (source.id === DEMO_SOURCE.id) {
      throw new AisleError('invalid_input', 'The demo store cannot be removed; regenerate it in Settings instead.');
    }
    if (source.id === THELOOK_SOURCE.source.id) {
      throw new AisleError('invalid_input', 'theLook is built in and cannot be removed.');
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
