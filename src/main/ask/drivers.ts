import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import { compilePlan, type CompiledQuery, type SemanticModel } from '../semantic';
import type { Row, Warehouse } from '../warehouse/warehouse';
import { asNumber, cellLabel, formatChangePct, formatMeasure } from './format-value';

const candidates = ['category', 'product', 'brand', 'country', 'channel', 'department', 'customer_segment', 'region'];

export interface DriverFinding {
  /** The decomposition that explains the change best: its plan, compiled query and rows. */
  plan: AnalysisPlan;
  compiled: CompiledQuery;
  rows: Row[];
  sentences: string[];
}

const changeOf = (compiled: CompiledQuery, row: Row | undefined, measure: string): number | null => {
  const at = compiled.columns.findIndex(
    (column) => column.role === 'comparison' && column.id === measure && column.value === 'change',
  );
  return at < 0 ? null : asNumber(row?.[at]);
};

/**
 * "Why did X fall?": the change of the measure against the comparison period, split by each
 * dimension in turn; the dimension whose few largest movers account for most of the change is
 * the explanation, named with the movers' own numbers.
 */
export const findDrivers = async (
  base: AnalysisPlan,
  model: SemanticModel,
  warehouse: Warehouse,
  currency: string,
): Promise<DriverFinding | null> => {
  const measureId = base.measures[0] ?? 'revenue';
  const measure = model.measures.find((candidate) => candidate.id === measureId);
  if (!measure) return null;
  const totalPlan: AnalysisPlan = { ...base, dimensions: [], sort: null, limit: null };
  const totalCompiled = compilePlan(totalPlan, model, warehouse.dialect);
  const totalRow = (await warehouse.query(totalCompiled.sql)).rows[0];
  const totalChange = changeOf(totalCompiled, totalRow, measureId);
  const pctAt = totalCompiled.columns.findIndex(
    (column) => column.role === 'comparison' && column.value === 'change_pct',
  );
  const totalPct = asNumber(totalRow?.[pctAt]);
  if (totalChange === null || totalChange === 0) return null;
  const falling = totalChange < 0;

  const singleValued = new Set(
    base.filters
      .filter((filter) => filter.operator === 'in' && filter.values.length === 1)
      .map((filter) => filter.dimension),
  );
  let best: (DriverFinding & { explained: number }) | null = null;
  for (const dimension of candidates) {
    if (singleValued.has(dimension) || !model.dimensions.some((candidate) => candidate.id === dimension)) continue;
    const plan: AnalysisPlan = {
      ...base,
      intent: 'drivers',
      dimensions: [{ id: dimension, grain: null }],
      sort: { by: measureId, direction: falling ? 'asc' : 'desc', basis: 'change' },
      limit: 5,
    };
    const compiled = compilePlan(plan, model, warehouse.dialect);
    const rows = (await warehouse.query(compiled.sql)).rows;
    const top = rows.slice(0, 3).reduce((sum, row) => sum + (changeOf(compiled, row, measureId) ?? 0), 0);
    const explained = top / totalChange;
    // Prefer the coarser cut when it explains nearly as much (a category before its products).
    if (best === null || explained > best.explained + 0.1) {
      best = { plan, compiled, rows, sentences: [], explained };
    }
  }
  if (best === null) return null;

  const labelAt = best.compiled.columns.findIndex((column) => column.role === 'dimension');
  const dimensionLabel =
    model.dimensions.find((dimension) => dimension.id === best.plan.dimensions[0]?.id)?.label.toLowerCase() ?? 'part';
  const movers = best.rows
    .slice(0, 3)
    .map((row) => ({ name: cellLabel(row[labelAt]), change: changeOf(best.compiled, row, measureId) ?? 0 }))
    .filter((mover) => (falling ? mover.change < 0 : mover.change > 0));
  const sentences = [
    `${measure.label} ${falling ? 'fell' : 'rose'} by ${formatMeasure(Math.abs(totalChange), measure.format, currency)}${totalPct === null ? '' : ` (${formatChangePct(totalPct)})`} against ${base.comparison === 'previous_period' ? 'the previous period' : 'the same period last year'}.`,
    ...(movers.length > 0
      ? [
          `By ${dimensionLabel}, most of it came from ${movers
            .map(
              (mover) =>
                `${mover.name} (${formatMeasure(mover.change, measure.format, currency)}, ${((mover.change / totalChange) * 100).toFixed(0)}% of the change)`,
            )
            .join(', ')}.`,
        ]
      : []),
  ];
  return { plan: best.plan, compiled: best.compiled, rows: best.rows, sentences };
};
