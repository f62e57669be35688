import type { AnalysisPlan, TimeGrain } from '../../shared/contract/analysis-plan';
import type { CompiledColumn } from '../semantic';
import type { Row } from '../warehouse/warehouse';
import { asNumber, cellLabel, formatChangePct, formatMeasure } from './format-value';
import { describeRange } from './plan-chips';

type MeasureColumn = Extract<CompiledColumn, { role: 'measure' }>;

interface Facts {
  plan: AnalysisPlan;
  columns: readonly CompiledColumn[];
  rows: readonly Row[];
  /** The ISO 4217 code of the source's money; null when not known. */
  currency: string | null;
  /** Dimensions that only identify another one's members (product id beside product name): not part of a label. */
  keyDimensions: ReadonlySet<string>;
}

const periodPhrase = (plan: AnalysisPlan): string =>
  plan.timeRange ? ` from ${describeRange(plan.timeRange)}` : ' over all the data';
const comparisonPhrase = (plan: AnalysisPlan): string =>
  plan.comparison === 'previous_period' ? 'the previous period' : 'the same period last year';

const columnIndex = (columns: readonly CompiledColumn[], predicate: (column: CompiledColumn) => boolean): number =>
  columns.findIndex(predicate);

const label = (row: Row, indexes: readonly number[]): string =>
  indexes.map((index) => cellLabel(row[index])).join(' · ');

/** One total, and how it compares. */
const aboutTotal = ({ plan, columns, rows, currency }: Facts, measure: MeasureColumn, at: number): string[] => {
  const value = asNumber(rows[0]?.[at]);
  if (value === null) return [`There is no ${measure.label.toLowerCase()}${periodPhrase(plan)} for this selection.`];
  const sentences = [`${measure.label} was ${formatMeasure(value, measure.format, currency)}${periodPhrase(plan)}.`];
  const previousAt = columnIndex(
    columns,
    (column) => column.role === 'comparison' && column.id === measure.id && column.value === 'previous',
  );
  const pctAt = columnIndex(
    columns,
    (column) => column.role === 'comparison' && column.id === measure.id && column.value === 'change_pct',
  );
  const previous = asNumber(rows[0]?.[previousAt]);
  const pct = asNumber(rows[0]?.[pctAt]);
  if (previous !== null && pct !== null) {
    sentences.push(
      `That is ${formatChangePct(pct)} against ${comparisonPhrase(plan)} (${formatMeasure(previous, measure.format, currency)}).`,
    );
  }
  return sentences;
};

/** A ranking or breakdown: who leads, how concentrated, who moved most. */
const aboutParts = (
  { plan, columns, rows, currency }: Facts,
  measure: MeasureColumn,
  at: number,
  labels: number[],
): string[] => {
  const values = rows.map((row) => asNumber(row[at]) ?? 0);
  const sentences: string[] = [];
  const leader = rows[0];
  if (!leader) return sentences;
  const total = values.reduce((sum, value) => sum + value, 0);
  const additive = measure.format === 'currency' || measure.format === 'count';
  if (plan.sort?.basis === 'change_pct' || plan.sort?.basis === 'change') {
    const pctAt = columnIndex(
      columns,
      (column) => column.role === 'comparison' && column.id === measure.id && column.value === 'change_pct',
    );
    const pct = asNumber(leader[pctAt]);
    if (pct !== null)
      sentences.push(
        `${label(leader, labels)} changed most: ${formatChangePct(pct)} against ${comparisonPhrase(plan)}.`,
      );
  } else {
    const share =
      additive && total > 0 && rows.length > 1
        ? ` (${(((values[0] ?? 0) / total) * 100).toFixed(1)}% of the ${rows.length} shown)`
        : '';
    const verb = plan.sort?.direction === 'asc' ? 'is lowest' : 'leads';
    sentences.push(
      `${label(leader, labels)} ${verb} with ${formatMeasure(values[0] ?? 0, measure.format, currency)}${share}${periodPhrase(plan)}.`,
    );
  }
  if (additive && rows.length >= 4 && plan.sort?.basis !== 'change_pct') {
    const sorted = [...values].sort((a, b) => b - a);
    const top3 = sorted.slice(0, 3).reduce((sum, value) => sum + value, 0);
    if (total > 0)
      sentences.push(
        `The top 3 make up ${((top3 / total) * 100).toFixed(1)}% of the ${measure.label.toLowerCase()} shown.`,
      );
  }
  const pctAt = columnIndex(
    columns,
    (column) => column.role === 'comparison' && column.id === measure.id && column.value === 'change_pct',
  );
  if (pctAt >= 0 && rows.length >= 2) {
    const moves = rows
      .map((row) => ({ row, pct: asNumber(row[pctAt]) }))
      .filter((move): move is { row: Row; pct: number } => move.pct !== null);
    const up = moves.reduce<(typeof moves)[number] | null>(
      (best, move) => (best === null || move.pct > best.pct ? move : best),
      null,
    );
    const down = moves.reduce<(typeof moves)[number] | null>(
      (worst, move) => (worst === null || move.pct < worst.pct ? move : worst),
      null,
    );
    if (up && up.pct > 0) sentences.push(`Biggest rise: ${label(up.row, labels)} (${formatChangePct(up.pct)}).`);
    if (down && down.pct < 0)
      sentences.push(`Biggest fall: ${label(down.row, labels)} (${formatChangePct(down.pct)}).`);
  }
  return sentences;
};

/** A trend: start, end, peak. */
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bucket's start date as people name the bucket: "Jan 2024", "Q3 2025", "2025", "the week of 2025-11-24". */
const periodName = (start: string, grain: TimeGrain | null): string => {
  const day = start.slice(0, 10);
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  switch (grain) {
    case 'month':
      return `${monthNames[month - 1] ?? ''} ${year}`;
    case 'quarter':
      return `Q${Math.ceil(month / 3)} ${year}`;
    case 'year':
      return year;
    case 'week':
      return `the week of ${day}`;
    default:
      return day;
  }
};

/** A trend: start, end, peak. */
const aboutTrend = (
  { rows, currency }: Facts,
  measure: MeasureColumn,
  at: number,
  timeAt: number,
  grain: TimeGrain | null,
): string[] => {
  const points = rows
    .map((row) => ({ when: periodName(cellLabel(row[timeAt]), grain), value: asNumber(row[at]) }))
    .filter((point): point is { when: string; value: number } => point.value !== null);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return [];
  const peak = points.reduce((best, point) => (point.value > best.value ? point : best), first);
  return [
    `${measure.label} went from ${formatMeasure(first.value, measure.format, currency)} in ${first.when} to ${formatMeasure(last.value, measure.format, currency)} in ${last.when}.`,
    `The peak was ${peak.when} at ${formatMeasure(peak.value, measure.format, currency)}.`,
  ];
};

/**
 * The answer in words, from computed facts only: every number in these sentences is read
 * from the result rows, so the text can never disagree with the table.
 */
export const narrate = (facts: Facts): string[] => {
  const { columns, rows, plan } = facts;
  const at = columnIndex(columns, (column) => column.role === 'measure');
  const measure = columns[at];
  if (!measure || measure.role !== 'measure') return [];
  if (rows.length === 0) return [`Nothing matched${periodPhrase(plan)}: no rows for this selection.`];
  const dimensionIndexes = columns.flatMap((column, index) => (column.role === 'dimension' ? [index] : []));
  if (dimensionIndexes.length === 0) return aboutTotal(facts, measure, at);
  const timeAt = columnIndex(columns, (column) => column.role === 'dimension' && column.grain !== null);
  const labels = dimensionIndexes.filter((index) => {
    const column = columns[index];
    return index !== timeAt && !(column && facts.keyDimensions.has(column.id));
  });
  const timeColumn = columns[timeAt];
  const grain = timeColumn?.role === 'dimension' ? timeColumn.grain : null;
  if (timeAt >= 0 && labels.length === 0) return aboutTrend(facts, measure, at, timeAt, grain);
  if (labels.length > 0) return aboutParts(facts, measure, at, labels);
  return [];
};
