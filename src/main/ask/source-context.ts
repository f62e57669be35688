import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import { AisleError } from '../core/aisle-error';
import { compilePlan, type SemanticModel } from '../semantic';
import type { SourceRegistry } from '../sources/source-registry';
import type { Warehouse } from '../warehouse/warehouse';
import { ValueIndex } from './values/value-index';
import { Vocabulary } from './vocabulary';

/** What the interpreter needs to know about one source, read once and kept. */
export interface SourceContext {
  model: SemanticModel;
  vocabulary: Vocabulary;
  values: ValueIndex;
  /** The latest day with sales, YYYY-MM-DD. */
  anchor: string;
  /** The ISO 4217 code the source's money is in; null when not known (sentences then use plain numbers). */
  currency: string | null;
  /** Every stored value of each named dimension, biggest first: Gemini's filters are held to them. */
  knownValues: Record<string, string[]>;
  /** The first dozen of each, to ground Gemini's prompt. */
  samples: Record<string, string[]>;
  /** Dimensions that only identify another's members (product id beside the name): never a label, axis or split. */
  keyDimensions: ReadonlySet<string>;
}

/** Dimensions whose values people name in questions; ids, statuses and genders are not matched. */
const namedDimensions = new Set([
  'department',
  'category',
  'brand',
  'product',
  'country',
  'region',
  'channel',
  'customer_segment',
  'store',
  'distribution_center',
]);

const measureForScans = (model: SemanticModel): string => {
  const preferred = ['revenue', 'units', 'orders'].find((id) => model.measures.some((measure) => measure.id === id));
  const fallback = model.measures.find((measure) => !measure.hidden)?.id;
  if (!preferred && !fallback) throw new AisleError('invalid_input', 'This source has no measures to ask about.');
  return preferred ?? fallback ?? 'revenue';
};

const firstColumnValues = async (
  warehouse: Warehouse,
  model: SemanticModel,
  plan: AnalysisPlan,
  dimensionId: string,
): Promise<string[]> => {
  const compiled = compilePlan(plan, model, warehouse.dialect);
  const index = compiled.columns.findIndex((column) => column.role === 'dimension' && column.id === dimensionId);
  const result = await warehouse.query(compiled.sql);
  return result.rows.flatMap((row) => {
    const value = row[index];
    return typeof value === 'string' && value.trim() !== '' ? [value] : [];
  });
};

const readAnchor = async (warehouse: Warehouse, model: SemanticModel, measure: string): Promise<string> => {
  const plan: AnalysisPlan = {
    intent: 'trend',
    measures: [measure],
    dimensions: [{ id: 'date', grain: 'day' }],
    filters: [],
    timeRange: null,
    comparison: 'none',
    sort: { by: 'date', direction: 'desc', basis: 'value' },
    limit: 1,
  };
  const compiled = compilePlan(plan, model, warehouse.dialect);
  const result = await warehouse.query(compiled.sql);
  const value = result.rows[0]?.[0];
  if (typeof value !== 'string') throw new AisleError('not_found', 'This source has no dated sales to ask about yet.');
  return value.slice(0, 10);
};

/**
 * Builds and keeps each source's context. The first question on a source reads its values
 * (one small GROUP BY per named dimension) and its last day; later ones reuse them until the
 * source changes (`forget`).
 */
export class SourceContexts {
  readonly #sources: Pick<SourceRegistry, 'find' | 'warehouse' | 'semanticModel'>;
  readonly #contexts = new Map<string, Promise<SourceContext>>();

  constructor(sources: Pick<SourceRegistry, 'find' | 'warehouse' | 'semanticModel'>) {
    this.#sources = sources;
  }

  get(sourceId: string): Promise<SourceContext> {
    // The currency is read each time: choosing one in Settings should not cost re-reading the values.
    const withCurrency = (context: SourceContext): SourceContext => ({
      ...context,
      currency: this.#sources.find(sourceId).currency,
    });
    const existing = this.#contexts.get(sourceId);
    if (existing) return existing.then(withCurrency);
    const building = this.#build(sourceId);
    this.#contexts.set(sourceId, building);
    building.catch(() => this.#contexts.delete(sourceId));
    return building.then(withCurrency);
  }

  forget(sourceId?: string): void {
    if (sourceId === undefined) this.#contexts.clear();
    else this.#contexts.delete(sourceId);
  }

  async #build(sourceId: string): Promise<SourceContext> {
    const source = this.#sources.find(sourceId);
    const model = this.#sources.semanticModel(source.id);
    if (model === null) {
      throw new AisleError(
        'invalid_input',
        `Ask needs a semantic model, and ${source.name} has none yet: use the SQL editor on it, or ask the demo store, theLook or an imported file.`,
      );
    }
    const warehouse = await this.#sources.warehouse(source.id);
    const measure = measureForScans(model);
    const dimensions = model.dimensions.filter(
      (dimension) =>
        dimension.kind === 'categorical' && dimension.valueType === 'string' && namedDimensions.has(dimension.id),
    );
    const [anchor, ...valueLists] = await Promise.all([
      readAnchor(warehouse, model, measure),
      ...dimensions.map((dimension) =>
        firstColumnValues(
          warehouse,
          model,
          {
            intent: 'breakdown',
            measures: [measure],
            dimensions: [{ id: dimension.id, grain: null }],
            filters: [],
            timeRange: null,
            comparison: 'none',
            sort: null,
            limit: null,
          },
          dimension.id,
        ),
      ),
    ]);
    const knownValues = Object.fromEntries(
      dimensions.map((dimension, index) => [dimension.id, [...new Set(valueLists[index] ?? [])]]),
    );
    const samples = Object.fromEntries(Object.entries(knownValues).map(([id, list]) => [id, list.slice(0, 12)]));
    const values = ValueIndex.build(
      Object.entries(knownValues).map(([dimension, list]) => ({ dimension, values: list })),
    );
    return {
      model,
      vocabulary: new Vocabulary(model),
      values,
      anchor,
      currency: source.currency,
      knownValues,
      samples,
      keyDimensions: new Set(
        model.dimensions.flatMap((dimension) =>
          dimension.kind === 'categorical' && dimension.key ? [dimension.key] : [],
        ),
      ),
    };
  }
}
