import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import type { ChartSpec } from '../../shared/contract/ask';
import type { CompiledColumn } from '../semantic';
import { cues } from './intent-cues';

/**
 * The chart follows the shape of the answer: a single number with its comparison; a trend
 * as a line; a ranking or breakdown as bars (horizontal when the labels are long or many); a
 * share of a few parts as a pie; anything else as the table alone.
 */
export const chooseChart = (
  plan: AnalysisPlan,
  columns: readonly CompiledColumn[],
  rowCount: number,
  question: string,
  /** Dimensions that only identify another's members (product id beside the name): never an axis or a split. */
  keyDimensions: ReadonlySet<string> = new Set(),
): ChartSpec => {
  const dimensions = columns.filter(
    (column): column is Extract<CompiledColumn, { role: 'dimension' }> =>
      column.role === 'dimension' && !keyDimensions.has(column.id),
  );
  const measures = columns.filter((column) => column.role === 'measure');
  const changePct = columns.find((column) => column.role === 'comparison' && column.value === 'change_pct');
  const first = measures[0];
  if (!first) return { type: 'table' };
  if (dimensions.length === 0) {
    return { type: 'number', value: first.name, comparison: changePct?.name ?? null };
  }
  const time = dimensions.find((column) => column.grain !== null);
  const categorical = dimensions.filter((column) => column.grain === null);
  if (time && categorical.length <= 1) {
    return {
      type: 'line',
      x: time.name,
      series: [first.name],
      splitBy: categorical[0]?.name ?? null,
      horizontal: false,
    };
  }
  if (dimensions.length > 2 || rowCount === 0) return { type: 'table' };
  const x = categorical[0] ?? dimensions[0];
  if (!x) return { type: 'table' };
  if (cues.share.test(question) && dimensions.length === 1 && rowCount <= 8 && first.format !== 'percent') {
    return { type: 'pie', x: x.name, series: [first.name], splitBy: null, horizontal: false };
  }
  const series = plan.comparison !== 'none' ? measures.map((column) => column.name).slice(0, 1) : [first.name];
  return {
    type: 'bar',
    x: x.name,
    series,
    splitBy: categorical[1]?.name ?? null,
    horizontal: plan.intent === 'ranking' || rowCount > 8,
  };
};
