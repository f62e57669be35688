import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import type { PlanChip } from '../../shared/contract/ask';
import type { SemanticModel } from '../semantic';
import { lastDayOf } from './time/iso-date';

const labelOf = (model: SemanticModel, id: string): string =>
  model.measures.find((measure) => measure.id === id)?.label ??
  model.dimensions.find((dimension) => dimension.id === id)?.label ??
  id;

const listed = (values: readonly (string | number)[]): string =>
  values.length <= 3 ? values.join(', ') : `${values.slice(0, 2).join(', ')} +${values.length - 2}`;

/** "2025-06-01 to 2025-06-30" (the plan's end is exclusive; people read the last day). */
export const describeRange = (range: { start: string; end: string }): string => {
  const last = lastDayOf(range);
  return range.start === last ? range.start : `${range.start} to ${last}`;
};

/** The plan as chips: "Revenue · by Category · Dresses · 2025-11-01 to 2026-10-31 · vs last year · top 10". */
export const planChips = (plan: AnalysisPlan, model: SemanticModel): PlanChip[] => [
  ...plan.measures.map((id): PlanChip => ({ kind: 'measure', label: labelOf(model, id) })),
  ...plan.dimensions.map((dimension): PlanChip => ({
    kind: 'dimension',
    label: dimension.id === 'date' ? `by ${dimension.grain ?? 'day'}` : `by ${labelOf(model, dimension.id)}`,
  })),
  ...plan.filters.map((filter): PlanChip => ({
    kind: 'filter',
    label: `${filter.operator === 'not_in' ? 'not ' : ''}${labelOf(model, filter.dimension)}: ${listed(filter.values)}`,
  })),
  { kind: 'time', label: plan.timeRange ? describeRange(plan.timeRange) : 'all time' },
  ...(plan.comparison === 'none'
    ? []
    : [
        {
          kind: 'comparison' as const,
          label: plan.comparison === 'previous_period' ? 'vs previous period' : 'vs same period last year',
        },
      ]),
  ...(plan.sort && plan.limit !== null
    ? [{ kind: 'limit' as const, label: `${plan.sort.direction === 'desc' ? 'top' : 'bottom'} ${plan.limit}` }]
    : []),
];
