import {
  AnalysisPlan,
  type AnalysisPlanInput,
  type ComparisonKind,
  type FilterOperator,
  type PlanTimeRange,
  type TimeGrain,
} from '../../shared/contract/analysis-plan';
import { describeIssues, issuePath } from '../../shared/contract/validation';
import { AisleError } from '../core/aisle-error';
import { joinPaths } from './join-path';
import { findDimension, findMeasure, requireDimension, requireMeasure } from './lookup';
import type { AggregateMeasure, CategoricalDimension, DimensionDef, FactDef, MeasureDef, SemanticModel } from './model';
import { comparisonPeriod, type ComparisonPeriod } from './periods';
import { tablesOf } from './sql-expr';

/** A plan checked against a model: every name resolved, every value validated. */
export interface ResolvedPlan {
  /** The requested measures, in order, without repeats. */
  measures: MeasureDef[];
  /** The aggregates to compute: requested ones and the parts of requested ratios. */
  aggregates: AggregateMeasure[];
  /** Facts the aggregates read, in model order. */
  facts: FactDef[];
  dimensions: ResolvedDimension[];
  filters: ResolvedFilter[];
  timeRange: PlanTimeRange | null;
  comparison: { kind: Exclude<ComparisonKind, 'none'>; period: ComparisonPeriod } | null;
  order: OrderItem[];
  limit: number | null;
}

export type ResolvedDimension =
  | { kind: 'time'; def: DimensionDef; grain: TimeGrain; column: string }
  | { kind: 'categorical'; def: CategoricalDimension; column: string };

export interface ResolvedFilter {
  dimension: CategoricalDimension;
  operator: FilterOperator;
  /** Validated values: plain text for text dimensions, numerals for numeric ones. */
  values: string[];
}

export interface OrderItem {
  column: string;
  direction: 'asc' | 'desc';
}

const invalid = (message: string, field: string): AisleError => new AisleError('invalid_input', message, { field });

const parsePlan = (input: AnalysisPlanInput | AnalysisPlan): AnalysisPlan => {
  const parsed = AnalysisPlan.safeParse(input);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new AisleError(
    'invalid_input',
    `The analysis plan is not valid: ${describeIssues(parsed.error.issues)}.`,
    first ? { field: issuePath(first) } : undefined,
  );
};

const resolveMeasures = (model: SemanticModel, plan: AnalysisPlan) => {
  const measures: MeasureDef[] = [];
  plan.measures.forEach((name, index) => {
    const measure = requireMeasure(model, name, `measures.${index}`);
    if (!measures.includes(measure)) measures.push(measure);
  });
  const aggregates: AggregateMeasure[] = [];
  const add = (measure: MeasureDef | undefined): void => {
    if (measure?.kind === 'aggregate' && !aggregates.includes(measure)) aggregates.push(measure);
  };
  for (const measure of measures) {
    if (measure.kind === 'aggregate') add(measure);
    else for (const part of [measure.numerator, measure.denominator]) add(model.measures.find((m) => m.id === part));
  }
  const facts = model.facts.filter((fact) => aggregates.some((aggregate) => aggregate.fact === fact.id));
  return { measures, aggregates, facts };
};

const resolveDimensions = (model: SemanticModel, plan: AnalysisPlan): ResolvedDimension[] => {
  const resolved: ResolvedDimension[] = [];
  const has = (id: string): boolean => resolved.some((dimension) => dimension.def.id === id);
  plan.dimensions.forEach((wanted, index) => {
    const def = requireDimension(model, wanted.id, `dimensions.${index}.id`);
    if (def.kind === 'time') {
      const grain = wanted.grain ?? def.defaultGrain;
      const earlier = resolved.find((dimension) => dimension.def.id === def.id);
      if (earlier?.kind === 'time' && earlier.grain !== grain) {
        throw invalid(
          `The date can be grouped by one grain at a time, not by ${earlier.grain} and ${grain}.`,
          `dimensions.${index}`,
        );
      }
      if (!earlier) resolved.push({ kind: 'time', def, grain, column: grain });
      return;
    }
    if (wanted.grain !== null) {
      throw invalid(
        `Only the date has a grain; remove "${wanted.grain}" from ${def.label.toLowerCase()}.`,
        `dimensions.${index}.grain`,
      );
    }
    if (!has(def.id)) resolved.push({ kind: 'categorical', def, column: def.id });
    // Group by the member's key too, so two products sharing a name stay two rows.
    const key = def.key === null ? undefined : model.dimensions.find((candidate) => candidate.id === def.key);
    if (key?.kind === 'categorical' && !has(key.id)) resolved.push({ kind: 'categorical', def: key, column: key.id });
  });
  return resolved;
};

const numeral = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

const resolveFilters = (model: SemanticModel, plan: AnalysisPlan): ResolvedFilter[] =>
  plan.filters.map((filter, index) => {
    const def = requireDimension(model, filter.dimension, `filters.${index}.dimension`);
    if (def.kind === 'time') {
      throw invalid(
        'Dates are limited by the time range, not by a filter; set the time range instead.',
        `filters.${index}`,
      );
    }
    const label = def.label.toLowerCase();
    if (filter.operator === 'contains' && def.valueType !== 'string') {
      throw invalid(
        `"contains" only works on text, and ${label} is a number; use "equals" or "in".`,
        `filters.${index}.operator`,
      );
    }
    const values = filter.values.map((value, valueIndex) => {
      if (def.valueType === 'string') return String(value);
      const text = String(value).trim();
      if (typeof value === 'number' || numeral.test(text)) return text.replace(/^\+/, '');
      throw invalid(
        `The ${label} filter needs numbers, and "${text}" is not a number.`,
        `filters.${index}.values.${valueIndex}`,
      );
    });
    return { dimension: def, operator: filter.operator, values };
  });

/** Refuses a dimension or filter that a fact cannot reach through its joins. */
const checkReachable = (model: SemanticModel, resolved: Omit<ResolvedPlan, 'order' | 'limit' | 'comparison'>): void => {
  for (const fact of resolved.facts) {
    const reachable = joinPaths(model, fact.table);
    const measure = resolved.measures.find((candidate) =>
      candidate.kind === 'aggregate'
        ? candidate.fact === fact.id
        : resolved.aggregates.some(
            (part) => part.fact === fact.id && [candidate.numerator, candidate.denominator].includes(part.id),
          ),
    );
    const measureName = measure?.label ?? fact.label;
    const unreachable = (dimension: CategoricalDimension): boolean =>
      tablesOf(dimension.expression).some((table) => !reachable.has(table));
    const problem = (dimension: CategoricalDimension, verb: string): string =>
      `${measureName} can't be ${verb} ${dimension.label.toLowerCase()}: ${fact.label} are not linked to it. ` +
      `Remove one of the two, or ask about them separately.`;
    resolved.dimensions.forEach((dimension, index) => {
      if (dimension.kind === 'categorical' && unreachable(dimension.def)) {
        throw invalid(problem(dimension.def, 'broken down by'), `dimensions.${index}`);
      }
    });
    resolved.filters.forEach((filter, index) => {
      if (unreachable(filter.dimension)) throw invalid(problem(filter.dimension, 'filtered by'), `filters.${index}`);
    });
  }
};

/** Refuses dates for a fact that has none (an imported file without a date column). */
const checkDated = (resolved: Pick<ResolvedPlan, 'facts' | 'dimensions' | 'timeRange'>): void => {
  const undated = resolved.facts.find((fact) => fact.timeColumn === null);
  if (!undated) return;
  const timeIndex = resolved.dimensions.findIndex((dimension) => dimension.kind === 'time');
  if (resolved.timeRange === null && timeIndex === -1) return;
  throw invalid(
    `The ${undated.label} of this source have no date, so they can't be limited to dates or shown over time. ` +
      'Map a date column, or remove the time range and the date.',
    resolved.timeRange !== null ? 'timeRange' : `dimensions.${timeIndex}`,
  );
};

const resolveComparison = (plan: AnalysisPlan, dimensions: ResolvedDimension[]): ResolvedPlan['comparison'] => {
  if (plan.comparison === 'none') return null;
  if (plan.timeRange === null) {
    throw invalid(
      'A comparison needs a time range to compare against; pick one (e.g. last month) or turn the comparison off.',
      'timeRange',
    );
  }
  const time = dimensions.find((dimension) => dimension.kind === 'time');
  return {
    kind: plan.comparison,
    period: comparisonPeriod(plan.timeRange, plan.comparison, time?.kind === 'time' ? time.grain : null),
  };
};

const resolveOrder = (
  model: SemanticModel,
  plan: AnalysisPlan,
  measures: MeasureDef[],
  dimensions: ResolvedDimension[],
): OrderItem[] => {
  const order: OrderItem[] = [];
  const sort = plan.sort;
  if (sort) {
    const measure = findMeasure(model, sort.by);
    const dimension = findDimension(model, sort.by);
    const resolvedDimension = dimensions.find((candidate) => candidate.def === dimension);
    if (measure && measures.includes(measure)) {
      if (sort.basis !== 'value' && plan.comparison === 'none') {
        throw invalid(
          `Sorting by the ${sort.basis === 'change' ? 'change' : '% change'} needs a comparison period; add one or sort by the value.`,
          'sort.basis',
        );
      }
      const suffix = sort.basis === 'value' ? '' : `_${sort.basis}`;
      order.push({ column: `${measure.id}${suffix}`, direction: sort.direction });
    } else if (resolvedDimension) {
      order.push({ column: resolvedDimension.column, direction: sort.direction });
    } else {
      const name = measure?.label ?? dimension?.label ?? sort.by;
      throw invalid(`To sort by "${name}", add it to the question's measures or dimensions.`, 'sort.by');
    }
  }
  const time = dimensions.find((dimension) => dimension.kind === 'time');
  const first = measures[0];
  if (dimensions.length === 0) return order;
  // Natural order: time runs forward, then biggest first; the dimensions break ties so the
  // order (and any top N) is the same on every run.
  const natural: OrderItem[] = [
    ...(time ? [{ column: time.column, direction: 'asc' as const }] : []),
    ...(first ? [{ column: first.id, direction: 'desc' as const }] : []),
    ...dimensions.map((dimension) => ({ column: dimension.column, direction: 'asc' as const })),
  ];
  for (const item of natural) if (!order.some((existing) => existing.column === item.column)) order.push(item);
  return order;
};

export const resolvePlan = (input: AnalysisPlanInput | AnalysisPlan, model: SemanticModel): ResolvedPlan => {
  const plan = parsePlan(input);
  const { measures, aggregates, facts } = resolveMeasures(model, plan);
  const dimensions = resolveDimensions(model, plan);
  const filters = resolveFilters(model, plan);
  const resolved = { measures, aggregates, facts, dimensions, filters, timeRange: plan.timeRange };
  checkReachable(model, resolved);
  checkDated(resolved);
  return {
    ...resolved,
    comparison: resolveComparison(plan, dimensions),
    order: resolveOrder(model, plan, measures, dimensions),
    limit: plan.limit,
  };
};
