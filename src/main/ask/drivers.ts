import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import { compilePlan, type CompiledQuery, type MeasureDef, type SemanticModel } from '../semantic';
import type { Row, Warehouse } from '../warehouse/warehouse';
import { asNumber, cellLabel, formatChangePct, formatMeasure } from './format-value';
import { blackFriday, cyberMonday } from './time/retail-calendar';

/** Cuts tried in turn, coarse before fine: a category explains more plainly than its products. */
const candidates = ['category', 'product', 'brand', 'country', 'channel', 'department', 'customer_segment', 'region'];
/** Periods up to a quarter are also split by day: one day (a Black Friday) can carry a month. */
const DAY_CUT_MAX_DAYS = 92;

/** A day's name when it is a retail occasion: "2025-11-28 (Black Friday)". */
const dayName = (day: string): string => {
  const year = Number(day.slice(0, 4));
  if (day === blackFriday(year)) return `${day} (Black Friday)`;
  if (day === cyberMonday(year)) return `${day} (Cyber Monday)`;
  return day;
};

export interface DriverFinding {
  /** The decomposition that explains the change best (its table is the answer's), and the sentences. */
  plan: AnalysisPlan;
  compiled: CompiledQuery;
  sentences: string[];
}

interface Mover {
  name: string;
  change: number;
  pct: number | null;
  /**
   * How much the member pulls the total away from "everyone moved alike". Additive measures:
   * change − previous × the overall rate. Averages and ratios: change × the member's weight
   * (its reviews, its units), so a product with two reviews cannot explain a store's rating.
   */
  pull: number;
}

interface Cut {
  plan: AnalysisPlan;
  label: string;
  movers: Mover[];
  order: number;
}

const comparisonValue = (
  compiled: CompiledQuery,
  row: Row | undefined,
  measureId: string,
  value: 'previous' | 'change' | 'change_pct',
): number | null => {
  const at = compiled.columns.findIndex(
    (column) => column.role === 'comparison' && column.id === measureId && column.value === value,
  );
  return at < 0 ? null : asNumber(row?.[at]);
};

const measureValue = (compiled: CompiledQuery, row: Row | undefined, measureId: string): number | null => {
  const at = compiled.columns.findIndex((column) => column.role === 'measure' && column.id === measureId);
  return at < 0 ? null : asNumber(row?.[at]);
};

/** The volume an average or ratio is taken over: its denominator, or the count of its fact. */
const weightOf = (measure: MeasureDef, model: SemanticModel): string | null => {
  if (measure.kind === 'ratio') return measure.denominator;
  if (measure.aggregation !== 'avg') return null;
  return (
    model.measures.find(
      (candidate) =>
        candidate.kind === 'aggregate' && candidate.fact === measure.fact && candidate.aggregation === 'count',
    )?.id ?? null
  );
};

/**
 * "Why did X fall?": the change of the measure against the comparison period, split by each
 * dimension in turn. The cuts whose members moved most out of line with the whole are the
 * explanation, named with their own numbers; a member that moved against the trend is named
 * too (a category falling while the department grew).
 */
export const findDrivers = async (
  base: AnalysisPlan,
  model: SemanticModel,
  warehouse: Warehouse,
  /** The ISO 4217 code of the source's money; null when not known. */
  currency: string | null,
): Promise<DriverFinding | null> => {
  const measureId = base.measures[0] ?? 'revenue';
  const measure = model.measures.find((candidate) => candidate.id === measureId);
  if (!measure) return null;
  const weightId = weightOf(measure, model);
  const measures = weightId ? [measureId, weightId] : [measureId];

  const totalCompiled = compilePlan(
    { ...base, measures, dimensions: [], sort: null, limit: null },
    model,
    warehouse.dialect,
  );
  const totalRow = (await warehouse.query(totalCompiled.sql)).rows[0];
  const totalChange = comparisonValue(totalCompiled, totalRow, measureId, 'change');
  const totalPct = comparisonValue(totalCompiled, totalRow, measureId, 'change_pct');
  const totalPrevious = comparisonValue(totalCompiled, totalRow, measureId, 'previous');
  const totalWeight = weightId ? (measureValue(totalCompiled, totalRow, weightId) ?? 0) : 0;
  if (totalChange === null || totalChange === 0) return null;
  const falling = totalChange < 0;
  const overallRate = totalPrevious ? totalChange / totalPrevious : 0;
  // What all the pulls add up to when the whole change is explained.
  const fullPull = weightId ? totalChange * totalWeight : totalChange;

  const singleValued = new Set(
    base.filters
      .filter((filter) => filter.operator === 'in' && filter.values.length === 1)
      .map((filter) => filter.dimension),
  );
  const rangeDays = base.timeRange
    ? (Date.parse(base.timeRange.end) - Date.parse(base.timeRange.start)) / 86_400_000
    : Infinity;
  const cutIds = [...candidates, ...(rangeDays <= DAY_CUT_MAX_DAYS ? ['date'] : [])];
  const cuts: Cut[] = [];
  for (const [order, dimension] of cutIds.entries()) {
    const definition = model.dimensions.find((candidate) => candidate.id === dimension);
    if (singleValued.has(dimension) || !definition) continue;
    const byDay = dimension === 'date';
    const plan: AnalysisPlan = {
      ...base,
      intent: 'drivers',
      measures,
      dimensions: [{ id: dimension, grain: byDay ? 'day' : null }],
      sort: { by: measureId, direction: falling ? 'asc' : 'desc', basis: 'change' },
      limit: null,
    };
    const compiled = compilePlan(plan, model, warehouse.dialect);
    const rows = (await warehouse.query(compiled.sql)).rows;
    const labelAt = compiled.columns.findIndex((column) => column.role === 'dimension');
    const movers = rows.map((row): Mover => {
      const change = comparisonValue(compiled, row, measureId, 'change') ?? 0;
      const previous = comparisonValue(compiled, row, measureId, 'previous') ?? 0;
      const weight = weightId ? (measureValue(compiled, row, weightId) ?? 0) : 0;
      return {
        name: byDay ? dayName(cellLabel(row[labelAt]).slice(0, 10)) : cellLabel(row[labelAt]),
        change,
        pct: comparisonValue(compiled, row, measureId, 'change_pct'),
        pull: weightId ? change * weight : change - previous * overallRate,
      };
    });
    cuts.push({
      plan: { ...plan, measures: [measureId], limit: 5 },
      label: byDay ? 'day' : definition.label.toLowerCase(),
      movers,
      order,
    });
  }

  const standouts = (cut: Cut, direction: 1 | -1): Mover[] =>
    cut.movers
      .filter((mover) => Math.sign(mover.pull) === Math.sign(fullPull) * direction)
      .sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull))
      .slice(0, 3);
  const score = (cut: Cut, direction: 1 | -1): number =>
    standouts(cut, direction).reduce((sum, mover) => sum + Math.abs(mover.pull), 0) / Math.abs(fullPull);

  // Strongest explanation first; a coarser cut (earlier in the list) wins a near tie.
  const ranked = [...cuts].sort((a, b) =>
    Math.abs(score(a, 1) - score(b, 1)) <= 0.1 ? a.order - b.order : score(b, 1) - score(a, 1),
  );
  const best = ranked[0];
  if (!best) return null;

  const describe = (mover: Mover): string =>
    `${mover.name} (${formatMeasure(mover.change, measure.format, currency)}${mover.pct === null ? '' : `, ${formatChangePct(mover.pct)}`})`;
  const overall = totalPct === null ? '' : ` (${formatChangePct(totalPct)})`;
  const sentences = [
    `${measure.label} ${falling ? 'fell' : 'rose'} by ${formatMeasure(Math.abs(totalChange), measure.format, currency)}${overall} against ${base.comparison === 'previous_period' ? 'the previous period' : 'the same period last year'}.`,
    ...ranked
      .filter((cut) => score(cut, 1) > 0.05)
      .filter((cut, index) => index < 3 || (cut.label === 'day' && score(cut, 1) > 0.1))
      .map(
        (cut, index) =>
          `${index === 0 ? 'Most of it' : 'Also'}, by ${cut.label}: ${standouts(cut, 1).slice(0, 2).map(describe).join(', ')}.`,
      ),
  ];
  // The clearest member moving the other way, from the coarsest cut that has one of weight.
  const against = [...cuts].sort((a, b) => a.order - b.order).find((cut) => score(cut, -1) > 0.05);
  const counter = against ? standouts(against, -1)[0] : undefined;
  if (against && counter) {
    const opposite = Math.sign(counter.change) !== Math.sign(totalChange);
    sentences.push(`${opposite ? 'Against' : 'Behind'} the trend, by ${against.label}: ${describe(counter)}.`);
  }

  return { plan: best.plan, compiled: compilePlan(best.plan, model, warehouse.dialect), sentences };
};
