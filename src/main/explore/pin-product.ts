import type { MethodOutput } from '../../shared/contract';
import type { ProductDetail } from '../../shared/contract/explore';
import type { Cache } from '../cache';
import type { JsonValue } from '../cache/json-column';
import { AisleError } from '../core/aisle-error';
import type { QueryRunner } from '../query/query-runner';
import { pinReport } from '../reports/pin-report';
import { compilePlan, type SemanticModel } from '../semantic';
import type { Warehouse } from '../warehouse/warehouse';
import { has } from './plan-rows';
import { productFilter } from './product-sales';

export interface PinProductDeps {
  cache: Cache;
  queries: Pick<QueryRunner, 'run'>;
}

/**
 * A product page as a report: its weekly revenue and units as a real query of the source (so
 * the report refreshes like any other), drawn as a line, with what customers say as its
 * narrative. Kind `sql`, so the library, comparisons and decks treat it like a pinned answer.
 */
export const pinProduct = async (
  deps: PinProductDeps,
  input: { sourceId: string; title: string },
  detail: ProductDetail,
  model: SemanticModel,
  warehouse: Warehouse,
): Promise<MethodOutput<'explore.pin'>> => {
  const measures = ['revenue', 'units'].filter((id) => has(model, 'measure', id));
  const compiled = compilePlan(
    {
      intent: 'trend',
      measures,
      dimensions: [{ id: 'date', grain: 'week' }],
      filters: [productFilter(model, detail.product.id)],
    },
    model,
    warehouse.dialect,
  );
  const meta = await deps.queries.run({ sourceId: input.sourceId, sql: compiled.sql });
  if (meta.status !== 'complete') {
    throw new AisleError('unavailable', meta.error ?? 'The product’s sales could not be read to pin them.');
  }
  const pinned = pinReport(deps.cache, {
    title: input.title,
    resultId: meta.resultId,
    chart: { type: 'line', x: 0, y: measures.map((_, index) => index + 1) },
    tags: ['explore'],
  });
  const narrative = [detail.summary.headline, ...detail.summary.points.slice(0, 2).map((point) => `“${point.quote}”`)];
  const report = deps.cache.reports.get(pinned.id)?.report;
  if (report && typeof report.spec === 'object' && report.spec !== null && !Array.isArray(report.spec)) {
    const spec: JsonValue = { ...report.spec, narrative, productId: detail.product.id };
    deps.cache.reports.update(pinned.id, { spec });
  }
  return pinned;
};
