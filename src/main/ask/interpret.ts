import type {
  AnalysisIntent,
  AnalysisPlan,
  PlanDimension,
  PlanFilter,
  TimeGrain,
} from '../../shared/contract/analysis-plan';
import type { SemanticModel } from '../semantic';
import { addDays } from '../semantic/periods';
import { cues, exclusionBefore, followUpCue } from './intent-cues';
import type { ClarifyOption, Interpretation } from './interpretation';
import { findRanking, type RankingPhrase } from './ranking-phrases';
import { asksToModify, REFUSAL } from './refusal';
import { parseTime, type TimeParse } from './time/parse-time';
import { unknownNames } from './unknown-names';
import type { ValueIndex, ValueMatch } from './values/value-index';
import type { Span, Vocabulary } from './vocabulary';

export interface InterpretContext {
  model: SemanticModel;
  vocabulary: Vocabulary;
  values: ValueIndex;
  /** The latest day with data, YYYY-MM-DD: relative dates count back from it. */
  anchor: string;
  /** The plan of the previous answer in the chat, for follow-ups. */
  previous: AnalysisPlan | null;
}

const DEFAULT_MEASURE = 'revenue';
const DEFAULT_TOP = 10;

const byPhrase = /\b(by|per|across|split by|broken down by|for each|each|which|what)\s+$/i;

/** The default time range of a comparison with none named: the last 12 months to the data's end. */
const lastTwelveMonths = (anchor: string): { start: string; end: string } => {
  const end = addDays(anchor, 1);
  const [year, month, day] = end.split('-').map(Number) as [number, number, number];
  return { start: `${year - 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, end };
};

/** A grain that suits the range: days for a month, weeks for a year, months beyond. */
const grainFor = (range: { start: string; end: string } | null): TimeGrain => {
  if (range === null) return 'month';
  const days = (Date.parse(range.end) - Date.parse(range.start)) / 86_400_000;
  return days <= 45 ? 'day' : days <= 190 ? 'week' : 'month';
};

const filtersFrom = (question: string, matches: readonly ValueMatch[]): PlanFilter[] => {
  const byDimension = new Map<string, { include: string[]; exclude: string[] }>();
  for (const match of matches) {
    const entry = byDimension.get(match.dimension) ?? { include: [], exclude: [] };
    const excluded = exclusionBefore.test(question.slice(0, match.span.start));
    // Values that differ only in spelling are one thing to people; the filter keeps every spelling.
    (excluded ? entry.exclude : entry.include).push(match.value, ...(match.alsoStoredAs ?? []));
    byDimension.set(match.dimension, entry);
  }
  const filters: PlanFilter[] = [];
  for (const [dimension, { include, exclude }] of byDimension) {
    if (include.length > 0) filters.push({ dimension, operator: 'in', values: [...new Set(include)] });
    if (exclude.length > 0) filters.push({ dimension, operator: 'not_in', values: [...new Set(exclude)] });
  }
  return filters;
};

interface Reading {
  time: TimeParse;
  ranking: RankingPhrase | null;
  values: ValueMatch[];
  measures: string[];
  /** Dimensions asked to group by ("by country", "which brand", "top 10 products"). */
  groupBy: string[];
  /** "Which day / week / month had the most…": rank periods of this grain. */
  rankGrain: TimeGrain | null;
  ambiguous: ReturnType<ValueIndex['match']>['ambiguous'];
}

/**
 * Long names of things in the data ("Sunday Studio Quilted Zip-Up Puffer Jacket") win over
 * time words inside them: when a date was read from inside such a name, the dates are read
 * again with the name blanked out.
 */
const readTime = (question: string, context: InterpretContext): TimeParse => {
  const time = parseTime(question, context.anchor);
  if (time.spans.length === 0) return time;
  const names = context.values.match(question).matches.filter(({ span }) => {
    const text = question.slice(span.start, span.end).trim();
    return text.length >= 12 && /\s/.test(text);
  });
  const inside = names.filter(({ span }) =>
    time.spans.some((taken) => taken.start >= span.start && taken.end <= span.end),
  );
  if (inside.length === 0) return time;
  let masked = question;
  for (const { span } of inside) {
    masked = `${masked.slice(0, span.start)}${' '.repeat(span.end - span.start)}${masked.slice(span.end)}`;
  }
  return parseTime(masked, context.anchor);
};

const read = (question: string, context: InterpretContext): Reading => {
  const time = readTime(question, context);
  const ranking = findRanking(question);
  const taken: Span[] = [...time.spans, ...(ranking ? [ranking.span] : [])];
  const valueResult = context.values.match(question, { ignoreSpans: taken });
  const valueSpans = valueResult.matches.map((match) => match.span);
  const concepts = context.vocabulary.scan(question, [...taken, ...valueSpans]);
  let measures = [...new Set(concepts.filter((hit) => hit.kind === 'measure').map((hit) => hit.id))];
  // "How many items were returned": the specific measure wins over the general one it contains.
  if (measures.includes('returned_units')) measures = measures.filter((id) => id !== 'units');
  // "Revenue from Facebook customers": a noun describing a filtered value is not a second measure.
  const describing = concepts.find(
    (hit) =>
      hit.kind === 'measure' &&
      hit.id === 'customers' &&
      valueResult.matches.some((match) => /^\s*$/.test(question.slice(match.span.end, hit.span.start))),
  );
  if (describing && measures.length > 1) measures = measures.filter((id) => id !== 'customers');
  const groupBy: string[] = [];
  for (const hit of concepts) {
    if (hit.kind !== 'dimension' || hit.id === 'date') continue;
    const before = question.slice(0, hit.span.start);
    const introduced = byPhrase.test(before) || (ranking !== null && hit.span.start >= ranking.span.start);
    // A dimension named without "by" still groups ("revenue for each brand", "top categories"), unless
    // it only labels a value that is filtered on ("the category Dresses").
    const labelsAFilter = valueResult.matches.some((match) => match.dimension === hit.id);
    if ((introduced || !labelsAFilter) && !groupBy.includes(hit.id)) groupBy.push(hit.id);
  }
  const periodWord =
    /\b(?:which|what|best|worst|busiest|quietest|highest|lowest|top)\s+(day|week|month|quarter|year)s?\b/i.exec(
      question,
    );
  const rankGrain = ranking && periodWord ? (periodWord[1]?.toLowerCase() as TimeGrain) : null;
  return { time, ranking, values: valueResult.matches, measures, groupBy, rankGrain, ambiguous: valueResult.ambiguous };
};

const measureChoice = (base: AnalysisPlan, model: SemanticModel): ClarifyOption[] =>
  ['revenue', 'units', 'orders']
    .filter((id) => model.measures.some((measure) => measure.id === id))
    .map((id) => ({
      label: model.measures.find((measure) => measure.id === id)?.label ?? id,
      plan: { ...base, measures: [id] },
    }));

/** Turns a reading into a plan from scratch. */
const planFrom = (question: string, reading: Reading, context: InterpretContext, notes: string[]): AnalysisPlan => {
  const { time } = reading;
  // "The most common complaints" ranks review themes, which the reviews stage answers.
  const ranking =
    cues.reviews.test(question) && reading.measures.every((id) => id === 'customers' || id === 'review_count')
      ? null
      : reading.ranking;
  const dimensions: PlanDimension[] = reading.groupBy.map((id) => ({ id, grain: null }));
  const filters = filtersFrom(question, reading.values);

  // Two values of one dimension with "vs" between them: compare them side by side.
  const versus = /\b(vs\.?|versus|compared (?:to|with)|against|or)\b/i.test(question);
  const sameDimension = filters.find((filter) => filter.operator === 'in' && filter.values.length >= 2);
  if (versus && sameDimension && !dimensions.some((dimension) => dimension.id === sameDimension.dimension)) {
    dimensions.unshift({ id: sameDimension.dimension, grain: null });
  }

  // "What do customers say" is about reviews, not a count of customers.
  const aboutReviews =
    cues.reviews.test(question) && reading.measures.every((id) => id === 'customers' || id === 'review_count');
  if (aboutReviews) reading.measures = [];
  let intent: AnalysisIntent = 'metric';
  if (cues.forecast.test(question)) intent = 'forecast';
  else if (aboutReviews) intent = 'reviews';
  else if (cues.drivers.test(question)) intent = 'drivers';
  else if (ranking) intent = 'ranking';
  else if (time.comparison || (cues.compare.test(question) && !(versus && sameDimension))) intent = 'compare';
  else if (time.grain || cues.trend.test(question)) intent = 'trend';
  else if (dimensions.length > 0) intent = 'breakdown';

  let measures = reading.measures;
  if (measures.length === 0) {
    measures = [cues.howMany.test(question) ? 'units' : DEFAULT_MEASURE];
    if (!cues.howMany.test(question) && intent !== 'reviews') {
      notes.push('Measured by revenue; say "units" or "orders" to measure something else.');
    }
  }

  let timeRange = time.range;
  let comparison: AnalysisPlan['comparison'] = time.comparison ?? 'none';
  const rankByChange = intent === 'ranking' && ranking?.byChange === true;
  if (
    (intent === 'compare' || intent === 'drivers' || rankByChange) &&
    comparison === 'none' &&
    !(versus && sameDimension)
  ) {
    comparison = 'same_period_last_year';
  }
  if (comparison !== 'none' && timeRange === null) {
    timeRange = lastTwelveMonths(context.anchor);
    notes.push(`Compared over the last 12 months of data (to ${context.anchor}) with the year before.`);
  }

  if (intent === 'trend' || (time.grain !== null && intent !== 'forecast')) {
    dimensions.push({ id: 'date', grain: time.grain ?? grainFor(timeRange) });
  }
  if (intent === 'forecast' && !dimensions.some((dimension) => dimension.id === 'date')) {
    dimensions.push({ id: 'date', grain: time.grain ?? 'week' });
  }

  let sort: AnalysisPlan['sort'] = null;
  let limit: number | null = null;
  if (ranking) {
    if (reading.rankGrain) dimensions.push({ id: 'date', grain: reading.rankGrain });
    else if (dimensions.length === 0) dimensions.push({ id: 'product', grain: null });
    const byChange = ranking.byChange && comparison !== 'none';
    sort = {
      by: measures[0] ?? DEFAULT_MEASURE,
      direction: ranking.direction,
      basis: byChange ? 'change_pct' : 'value',
    };
    limit = ranking.limit ?? (ranking.single ? 1 : DEFAULT_TOP);
  }
  if (time.anchored) notes.push(`Dates count back from the latest day in the data, ${context.anchor}.`);
  return { intent, measures, dimensions, filters, timeRange, comparison, sort, limit };
};

/** A follow-up changes the previous plan: a new cut, filter, period, grain or measure. */
const followUp = (
  question: string,
  reading: Reading,
  previous: AnalysisPlan,
  context: InterpretContext,
  notes: string[],
): AnalysisPlan => {
  const plan: AnalysisPlan = structuredClone(previous);
  if (reading.measures.length > 0) plan.measures = reading.measures;
  const dateDimension = plan.dimensions.find((dimension) => dimension.id === 'date');
  if (reading.groupBy.length > 0) {
    plan.dimensions = [
      ...reading.groupBy.map((id) => ({ id, grain: null })),
      ...(dateDimension && plan.intent === 'trend' ? [dateDimension] : []),
    ];
    if (plan.intent === 'metric') plan.intent = 'breakdown';
  }
  for (const filter of filtersFrom(question, reading.values)) {
    // "only dresses" replaces an earlier filter on categories; exclusions add up.
    plan.filters = plan.filters.filter(
      (existing) => !(existing.dimension === filter.dimension && existing.operator === filter.operator),
    );
    plan.filters.push(filter);
  }
  if (reading.time.range) {
    plan.timeRange = reading.time.range;
    if (reading.time.anchored) notes.push(`Dates count back from the latest day in the data, ${context.anchor}.`);
  }
  if (reading.time.comparison) {
    plan.comparison = reading.time.comparison;
    if (plan.timeRange === null) plan.timeRange = lastTwelveMonths(context.anchor);
    if (plan.intent === 'metric' || plan.intent === 'breakdown') plan.intent = 'compare';
  }
  if (reading.time.grain) {
    plan.dimensions = [
      ...plan.dimensions.filter((dimension) => dimension.id !== 'date'),
      { id: 'date', grain: reading.time.grain },
    ];
    if (plan.intent !== 'forecast') plan.intent = 'trend';
  }
  if (reading.ranking) {
    plan.sort = { by: plan.measures[0] ?? DEFAULT_MEASURE, direction: reading.ranking.direction, basis: 'value' };
    plan.limit = reading.ranking.limit ?? plan.limit ?? DEFAULT_TOP;
    plan.intent = 'ranking';
  }
  if (plan.sort && !plan.measures.includes(plan.sort.by) && !plan.dimensions.some((d) => d.id === plan.sort?.by)) {
    plan.sort = { ...plan.sort, by: plan.measures[0] ?? DEFAULT_MEASURE };
  }
  return plan;
};

const isFollowUp = (question: string, reading: Reading, previous: AnalysisPlan | null): boolean => {
  if (previous === null) return false;
  if (followUpCue.test(question)) return true;
  // Nothing to measure and little else: a fragment continues the conversation ("in France?", "weekly").
  const words = question.trim().split(/\s+/).length;
  return reading.measures.length === 0 && words <= 5 && !cues.drivers.test(question) && !cues.forecast.test(question);
};

/**
 * The offline interpreter: a question (and the previous answer's plan) to an analysis plan, a
 * short choice when the question is unclear, or a refusal when it asks to change data. No model,
 * no network: synonyms from the semantic model, values from the data, dates from chrono-node and
 * retail phrases, all deterministic.
 */
export const interpret = (question: string, context: InterpretContext): Interpretation => {
  if (asksToModify(question)) return { kind: 'refuse', message: REFUSAL };
  const reading = read(question, context);
  const notes: string[] = [];

  const ambiguity = reading.ambiguous[0];
  const previous = isFollowUp(question, reading, context.previous) ? context.previous : null;
  const followingUp = previous !== null;
  const base = previous
    ? followUp(question, reading, previous, context, notes)
    : planFrom(question, reading, context, notes);

  if (ambiguity) {
    return {
      kind: 'clarify',
      message: `"${ambiguity.span.text}" could mean more than one thing. Did you mean:`,
      options: ambiguity.candidates.slice(0, 4).map((candidate) => ({
        label: `${candidate.value} (${candidate.dimension.replaceAll('_', ' ')})`,
        plan: {
          ...base,
          filters: [
            ...base.filters.filter((filter) => filter.dimension !== candidate.dimension),
            { dimension: candidate.dimension, operator: 'in' as const, values: [candidate.value] },
          ],
        },
      })),
    };
  }

  const unclearTime = reading.time.unclear[0];
  if (unclearTime !== undefined && base.intent !== 'forecast') {
    return {
      kind: 'clarify',
      message: `I could not read "${unclearTime}" as a period of the data. Name it plainly, for example "November 2025", "the last 4 weeks" or "between 2025-11-01 and 2025-11-30", or answer without it:`,
      options: [{ label: 'Answer without that period', plan: base }],
    };
  }

  const unknown = unknownNames(question, reading, context);
  if (unknown) {
    const suggestions = context.values.suggest(unknown.text, 3);
    return {
      kind: 'clarify',
      message:
        suggestions.length > 0
          ? `I could not find "${unknown.text}" in this data. Did you mean:`
          : `I could not find "${unknown.text}" in this data. Check the spelling, or ask about a category, brand, product or country it has.`,
      options: suggestions.map((suggestion) => ({
        label: `${suggestion.value} (${suggestion.dimension.replaceAll('_', ' ')})`,
        plan: {
          ...base,
          filters: [
            ...base.filters,
            { dimension: suggestion.dimension, operator: 'in' as const, values: [suggestion.value] },
          ],
        },
      })),
    };
  }

  // "How much did we sell?" could be money or pieces: ask rather than guess.
  if (
    !followingUp &&
    reading.measures.length === 0 &&
    cues.sellVerb.test(question) &&
    !reading.ranking &&
    !cues.howMany.test(question)
  ) {
    return {
      kind: 'clarify',
      message: 'Did you mean revenue or units?',
      options: measureChoice(base, context.model),
    };
  }
  return { kind: 'plan', plan: base, notes };
};
