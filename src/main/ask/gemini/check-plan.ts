import type { AnalysisPlan, PlanFilter } from '../../../shared/contract/analysis-plan';
import { AisleError } from '../../core/aisle-error';
import { findDimension, findMeasure, type SemanticModel } from '../../semantic';
import { resolvePlan } from '../../semantic/resolve-plan';
import type { ClarifyOption } from '../interpretation';

/**
 * Holding a model's plan to the semantic model before anything runs: names made canonical,
 * the plan resolved exactly as the compiler will resolve it, filter values held to the values
 * the data has. What does not hold becomes a short choice back, never a failed run.
 */

export type PlanCheck =
  | { kind: 'plan'; plan: AnalysisPlan; notes: string[] }
  | { kind: 'clarify'; message: string; options: ClarifyOption[] };

export interface PlanCheckContext {
  model: SemanticModel;
  /** Every stored value of a dimension, where known (complete lists, not samples). */
  knownValues?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** Ids as the model names them, so chips, follow-ups and the cache see one spelling. */
const canonical = (plan: AnalysisPlan, model: SemanticModel): AnalysisPlan => {
  const measure = (name: string): string => findMeasure(model, name)?.id ?? name;
  const dimension = (name: string): string => findDimension(model, name)?.id ?? name;
  return {
    ...plan,
    measures: [...new Set(plan.measures.map(measure))],
    dimensions: plan.dimensions.map((wanted) => ({ ...wanted, id: dimension(wanted.id) })),
    filters: plan.filters.map((filter) => ({ ...filter, dimension: dimension(filter.dimension) })),
    sort: plan.sort ? { ...plan.sort, by: findMeasure(model, plan.sort.by)?.id ?? dimension(plan.sort.by) } : null,
  };
};

/** The resolver's objection, or null when the plan compiles. */
const objection = (plan: AnalysisPlan, model: SemanticModel): AisleError | null => {
  try {
    resolvePlan(plan, model);
    return null;
  } catch (error) {
    if (error instanceof AisleError && error.code === 'invalid_input') return error;
    throw error;
  }
};

const labelOf = (model: SemanticModel, id: string): string =>
  model.measures.find((measure) => measure.id === id)?.label ??
  model.dimensions.find((dimension) => dimension.id === id)?.label ??
  id;

/** Nearby plans that do compile, for the field the resolver named. */
const repairs = (plan: AnalysisPlan, field: string | undefined, model: SemanticModel): ClarifyOption[] => {
  const [head, indexText] = (field ?? '').split('.');
  const index = Number(indexText);
  const candidates: ClarifyOption[] = [];
  switch (head) {
    case 'measures': {
      const others = plan.measures.filter((_, at) => at !== index);
      for (const id of ['revenue', 'units', 'orders']) {
        if (!model.measures.some((measure) => measure.id === id)) continue;
        const measures = [...new Set([...others.slice(0, index), id, ...others.slice(index)])];
        const sort =
          plan.sort && !measures.includes(plan.sort.by) && !plan.dimensions.some((d) => d.id === plan.sort?.by)
            ? { ...plan.sort, by: id }
            : plan.sort;
        candidates.push({ label: labelOf(model, id), plan: { ...plan, measures, sort } });
      }
      break;
    }
    case 'dimensions': {
      const removed = plan.dimensions[index];
      const dimensions = plan.dimensions.filter((_, at) => at !== index);
      const sort = plan.sort?.by === removed?.id ? null : plan.sort;
      candidates.push({
        label: `Without ${removed ? labelOf(model, removed.id) : 'that grouping'}`,
        plan: { ...plan, dimensions, sort },
      });
      break;
    }
    case 'filters': {
      const removed = plan.filters[index];
      candidates.push({
        label: removed
          ? `Without the ${labelOf(model, removed.dimension).toLowerCase()} filter`
          : 'Without that filter',
        plan: { ...plan, filters: plan.filters.filter((_, at) => at !== index) },
      });
      break;
    }
    case 'sort':
      candidates.push({ label: 'In the natural order', plan: { ...plan, sort: null } });
      break;
    case 'timeRange':
      candidates.push(
        { label: 'Without the comparison', plan: { ...plan, comparison: 'none' } },
        { label: 'Over all the data', plan: { ...plan, timeRange: null, comparison: 'none' } },
      );
      break;
    default:
      break;
  }
  return candidates.filter((candidate) => objection(candidate.plan, model) === null).slice(0, 4);
};

const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Edit distance, for "Did you mean" among stored values; small inputs only. */
const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
};

const nearest = (value: string, stored: readonly string[]): string[] => {
  const wanted = squash(value);
  return stored
    .map((candidate) => {
      const squashed = squash(candidate);
      const contains = wanted.length >= 3 && (squashed.includes(wanted) || wanted.includes(squashed));
      const score = contains ? 0 : distance(wanted, squashed) / Math.max(wanted.length, squashed.length, 1);
      return { candidate, score };
    })
    .filter(({ score }) => score <= 0.34)
    .sort((a, b) => a.score - b.score || a.candidate.length - b.candidate.length)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
};

type ValueCheck = { plan: AnalysisPlan; notes: string[] } | { message: string; options: ClarifyOption[] };

/** Filter values held to the stored values: a case or spacing difference is fixed; an unknown value is asked about. */
const checkValues = (plan: AnalysisPlan, context: PlanCheckContext): ValueCheck => {
  const notes: string[] = [];
  const filters: PlanFilter[] = [];
  for (const [index, filter] of plan.filters.entries()) {
    const stored = context.knownValues?.[filter.dimension];
    if (!stored || !['in', 'not_in', 'equals'].includes(filter.operator)) {
      filters.push(filter);
      continue;
    }
    const bySquashed = new Map(stored.map((value) => [squash(value), value]));
    const values: PlanFilter['values'] = [];
    for (const value of filter.values) {
      if (typeof value !== 'string' || stored.includes(value)) {
        values.push(value);
        continue;
      }
      const respelled = bySquashed.get(squash(value));
      if (respelled !== undefined) {
        values.push(respelled);
        notes.push(`Read "${value}" as "${respelled}", as the data spells it.`);
        continue;
      }
      const label = labelOf(context.model, filter.dimension).toLowerCase();
      const without = { ...plan, filters: plan.filters.filter((_, at) => at !== index) };
      const options: ClarifyOption[] = nearest(value, stored).map((candidate) => ({
        label: `${candidate} (${label})`,
        plan: {
          ...plan,
          filters: plan.filters.map((other, at) =>
            at === index ? { ...other, values: other.values.map((v) => (v === value ? candidate : v)) } : other,
          ),
        },
      }));
      options.push({ label: `Without the ${label} filter`, plan: without });
      return { message: `I could not find "${value}" among the ${label} values in this data. Did you mean:`, options };
    }
    filters.push({ ...filter, values: [...new Set(values)] });
  }
  return { plan: { ...plan, filters }, notes };
};

/**
 * A plan from Gemini, checked: canonical ids, resolved against the model (the compiler's own
 * checks), filter values that exist. Anything that does not hold comes back as a clarify
 * whose options all compile.
 */
export const checkPlan = (plan: AnalysisPlan, context: PlanCheckContext): PlanCheck => {
  const named = canonical(plan, context.model);
  const problem = objection(named, context.model);
  if (problem) {
    const options = repairs(named, problem.field, context.model);
    return {
      kind: 'clarify',
      message: `I could not answer that as I read it: ${problem.message}${options.length > 0 ? ' Did you mean:' : ''}`,
      options,
    };
  }
  const values = checkValues(named, context);
  if ('message' in values) {
    const options = values.options.filter((option) => objection(option.plan, context.model) === null);
    return { kind: 'clarify', message: values.message, options };
  }
  return { kind: 'plan', plan: values.plan, notes: values.notes };
};
