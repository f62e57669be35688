import type {
  AnalysisIntent,
  AnalysisPlan,
  ComparisonKind,
  PlanChip,
  PlanDimension,
  PlanTimeRange,
  TimeGrain,
} from '../../../../shared/contract';

/**
 * Editing an answer's plan through its chips. Each chip stands for one part of the plan; chips
 * of one kind come in the plan's order, so the n-th measure chip is the n-th measure.
 */

export interface Concept {
  id: string;
  label: string;
}

/**
 * The retail model's measures and dimensions: what the chip editors offer until the source's
 * own catalog (`ask.catalog`) arrives.
 */
export const measureOptions: readonly Concept[] = [
  { id: 'revenue', label: 'Revenue' },
  { id: 'units', label: 'Units' },
  { id: 'orders', label: 'Orders' },
  { id: 'average_order_value', label: 'Average order value' },
  { id: 'customers', label: 'Customers' },
  { id: 'gross_margin', label: 'Gross margin' },
  { id: 'gross_margin_pct', label: 'Gross margin %' },
  { id: 'return_rate', label: 'Return rate' },
  { id: 'average_rating', label: 'Average rating' },
  { id: 'review_count', label: 'Reviews' },
];

export const dimensionOptions: readonly Concept[] = [
  { id: 'category', label: 'Category' },
  { id: 'department', label: 'Department' },
  { id: 'brand', label: 'Brand' },
  { id: 'product', label: 'Product' },
  { id: 'country', label: 'Country' },
  { id: 'region', label: 'Region' },
  { id: 'channel', label: 'Channel' },
  { id: 'customer_segment', label: 'Customer segment' },
  { id: 'gender', label: 'Gender' },
  { id: 'distribution_center', label: 'Distribution centre' },
];

export const grainOptions: readonly { grain: TimeGrain; label: string }[] = [
  { grain: 'day', label: 'Day' },
  { grain: 'week', label: 'Week' },
  { grain: 'month', label: 'Month' },
  { grain: 'quarter', label: 'Quarter' },
  { grain: 'year', label: 'Year' },
];

export const comparisonOptions: readonly { value: ComparisonKind; label: string }[] = [
  { value: 'none', label: 'No comparison' },
  { value: 'previous_period', label: 'Previous period' },
  { value: 'same_period_last_year', label: 'Same period last year' },
];

export const timePresets = [
  'last_7_days',
  'last_30_days',
  'last_90_days',
  'last_12_months',
  'month_to_date',
  'last_month',
  'this_year',
  'last_year',
  'all_time',
] as const;
export type TimePreset = (typeof timePresets)[number];

export const timePresetLabels: Record<TimePreset, string> = {
  last_7_days: 'Last 7 days',
  last_30_days: 'Last 30 days',
  last_90_days: 'Last 90 days',
  last_12_months: 'Last 12 months',
  month_to_date: 'Month to date',
  last_month: 'Last month',
  this_year: 'This year',
  last_year: 'Last year',
  all_time: 'All time',
};

const DAY_MS = 86_400_000;

const parseDay = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const formatDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, days: number): string => formatDay(parseDay(day) + days * DAY_MS);
const dayOf = (year: number, month: number, day = 1): string => formatDay(Date.UTC(year, month - 1, day));

/** Today as YYYY-MM-DD on this computer: the anchor when an answer does not say where its data ends. */
export const today = (): string => {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
};

/**
 * A preset as dates (start included, end excluded), counting back from the anchor: the
 * latest day in the data, as the answers do. Null means all time.
 */
export const timeRangeFor = (preset: TimePreset, anchor: string): PlanTimeRange | null => {
  const end = addDays(anchor, 1);
  const [year, month] = anchor.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'last_7_days':
      return { start: addDays(anchor, -6), end };
    case 'last_30_days':
      return { start: addDays(anchor, -29), end };
    case 'last_90_days':
      return { start: addDays(anchor, -89), end };
    case 'last_12_months': {
      const [endYear, endMonth, endDay] = end.split('-').map(Number) as [number, number, number];
      return { start: dayOf(endYear - 1, endMonth, endDay), end };
    }
    case 'month_to_date':
      return { start: dayOf(year, month), end };
    case 'last_month':
      return { start: dayOf(year, month - 1), end: dayOf(year, month) };
    case 'this_year':
      return { start: dayOf(year, 1), end };
    case 'last_year':
      return { start: dayOf(year - 1, 1), end: dayOf(year, 1) };
    case 'all_time':
      return null;
  }
};

/** Which preset a range is, if any. */
export const presetOf = (range: PlanTimeRange | null, anchor: string): TimePreset | null =>
  timePresets.find((preset) => {
    const candidate = timeRangeFor(preset, anchor);
    return candidate === null
      ? range === null
      : range !== null && candidate.start === range.start && candidate.end === range.end;
  }) ?? null;

/** A grain that suits a range, as the interpreter picks one: days for a month, weeks for half a year, months beyond. */
export const grainFor = (range: PlanTimeRange | null): TimeGrain => {
  if (range === null) return 'month';
  const days = (parseDay(range.end) - parseDay(range.start)) / DAY_MS;
  return days <= 45 ? 'day' : days <= 190 ? 'week' : 'month';
};

export type PlanEdit =
  | { kind: 'measure'; index: number; to: string | null }
  | { kind: 'dimension'; index: number; to: PlanDimension | null }
  | { kind: 'filter'; index: number }
  | { kind: 'time'; range: PlanTimeRange | null }
  | { kind: 'comparison'; to: ComparisonKind }
  | { kind: 'sort'; direction: 'asc' | 'desc' | null }
  | { kind: 'limit'; to: number | null; direction?: 'asc' | 'desc' };

const isDate = (dimension: PlanDimension): boolean => dimension.grain !== null || dimension.id === 'date';

/** The intent that fits the plan's new shape, keeping the one it had where it still fits. */
const intentFor = (plan: AnalysisPlan): AnalysisIntent => {
  if (plan.dimensions.length === 0) {
    return plan.intent === 'breakdown' || plan.intent === 'trend' || plan.intent === 'ranking'
      ? plan.comparison === 'none'
        ? 'metric'
        : 'compare'
      : plan.intent;
  }
  const hasDate = plan.dimensions.some(isDate);
  if (plan.intent === 'trend' && !hasDate) return 'breakdown';
  if ((plan.intent === 'breakdown' || plan.intent === 'metric') && hasDate) return 'trend';
  if (plan.intent === 'metric') return 'breakdown';
  return plan.intent;
};

/** Keeps the parts that depend on each other consistent after an edit. */
const tidy = (plan: AnalysisPlan): AnalysisPlan => {
  const comparison = plan.timeRange === null ? 'none' : plan.comparison;
  const named = new Set([...plan.measures, ...plan.dimensions.map((dimension) => dimension.id)]);
  let sort = plan.sort && named.has(plan.sort.by) ? plan.sort : null;
  if (sort && sort.basis !== 'value' && comparison === 'none') sort = { ...sort, basis: 'value' };
  const tidied: AnalysisPlan = {
    ...plan,
    comparison,
    sort,
    limit: plan.dimensions.length === 0 ? null : plan.limit,
  };
  return { ...tidied, intent: intentFor(tidied) };
};

/** The plan with one chip's edit applied. */
export const applyEdit = (plan: AnalysisPlan, edit: PlanEdit): AnalysisPlan => {
  switch (edit.kind) {
    case 'measure': {
      const old = plan.measures[edit.index];
      if (old === undefined) return plan;
      const measures =
        edit.to === null
          ? plan.measures.filter((_, index) => index !== edit.index)
          : [
              ...new Set(
                plan.measures.map((measure, index) => (index === edit.index ? (edit.to ?? measure) : measure)),
              ),
            ];
      if (measures.length === 0) return plan;
      const sort = plan.sort?.by === old && edit.to !== null ? { ...plan.sort, by: edit.to } : plan.sort;
      return tidy({ ...plan, measures, sort });
    }
    case 'dimension': {
      const old = plan.dimensions[edit.index];
      if (!old) return plan;
      const replaced = edit.to;
      const dimensions =
        replaced === null
          ? plan.dimensions.filter((_, index) => index !== edit.index)
          : plan.dimensions
              .map((dimension, index) => (index === edit.index ? replaced : dimension))
              .filter(
                (dimension, index, all) =>
                  all.findIndex((other) => other.id === dimension.id && other.grain === dimension.grain) === index,
              );
      const sort = plan.sort?.by === old.id && replaced !== null ? { ...plan.sort, by: replaced.id } : plan.sort;
      return tidy({ ...plan, dimensions, sort });
    }
    case 'filter':
      return tidy({ ...plan, filters: plan.filters.filter((_, index) => index !== edit.index) });
    case 'time': {
      // A trend keeps a sensible number of points: a week by day, a year by week or month.
      const dimensions = plan.dimensions.map((dimension) =>
        isDate(dimension) ? { ...dimension, grain: grainFor(edit.range) } : dimension,
      );
      return tidy({ ...plan, timeRange: edit.range, dimensions });
    }
    case 'comparison':
      return tidy({ ...plan, comparison: edit.to });
    case 'sort': {
      if (edit.direction === null) return tidy({ ...plan, sort: null });
      const by = plan.sort?.by ?? plan.measures[0];
      if (by === undefined) return plan;
      return tidy({
        ...plan,
        sort: { by, direction: edit.direction, basis: plan.sort?.basis ?? 'value' },
      });
    }
    case 'limit': {
      if (!edit.direction) return tidy({ ...plan, limit: edit.to });
      const by = plan.sort?.by ?? plan.measures[0];
      if (by === undefined) return plan;
      const sort = { by, direction: edit.direction, basis: plan.sort?.basis ?? 'value' };
      return tidy({ ...plan, sort, limit: edit.to });
    }
  }
};

/** Where a chip sits among the chips of its kind: the index into the plan's list of that kind. */
export const chipIndexes = (chips: readonly PlanChip[]): number[] => {
  const seen = new Map<PlanChip['kind'], number>();
  return chips.map((chip) => {
    const index = seen.get(chip.kind) ?? 0;
    seen.set(chip.kind, index + 1);
    return index;
  });
};

/** The dimension a select value stands for: "category", or "date:month" for time. */
export const dimensionFromValue = (value: string): PlanDimension => {
  const [id, grain] = value.split(':');
  const match = grainOptions.find((option) => option.grain === grain);
  return { id: id ?? value, grain: match ? match.grain : null };
};

export const dimensionValue = (dimension: PlanDimension): string =>
  dimension.grain ? `date:${dimension.grain}` : dimension.id;
