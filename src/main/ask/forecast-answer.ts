import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import type { ForecastLevel, ForecastResult } from '../../shared/contract/forecast';
import { formatMeasure } from './format-value';
import { readForecastHorizon, type ForecastHorizon } from './forecast-horizon';

const LEVELS: readonly Exclude<ForecastLevel, 'total'>[] = ['product', 'category', 'department', 'region'];

export interface AskForecastRequest {
  measure: 'revenue' | 'units';
  level: ForecastLevel;
  /** Member names as the question gave them (products by name); resolved to keys by the caller. */
  memberNames: string[];
  horizon: ForecastHorizon;
}

/** What a forecast question asks for, from its plan and words: measure, level and members, horizon. */
export const forecastRequestOf = (plan: AnalysisPlan, question: string, lastDay: string): AskForecastRequest => {
  const measure = plan.measures.includes('units') && !plan.measures.includes('revenue') ? 'units' : 'revenue';
  const filtered = LEVELS.find((level) =>
    plan.filters.some(
      (filter) => filter.dimension === level && (filter.operator === 'in' || filter.operator === 'equals'),
    ),
  );
  const grouped = LEVELS.find((level) => plan.dimensions.some((dimension) => dimension.id === level));
  const level: ForecastLevel = filtered ?? grouped ?? 'total';
  const memberNames = filtered
    ? plan.filters.filter((filter) => filter.dimension === filtered).flatMap((filter) => filter.values.map(String))
    : [];
  return { measure, level, memberNames, horizon: readForecastHorizon(question, lastDay) };
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthName = (start: string): string => `${MONTHS[Number(start.slice(5, 7)) - 1] ?? ''} ${start.slice(0, 4)}`;

/** Sentences from the forecast's own numbers: the total ahead (or the named month), and its track record. */
export const forecastNarrative = (result: ForecastResult, target: string | null, currency: string | null): string[] => {
  const format = (value: number): string =>
    formatMeasure(
      result.measure === 'revenue' ? value : Math.round(value),
      result.measure === 'revenue' ? 'currency' : 'count',
      currency,
    );
  const unit = `${result.horizon} ${result.grain}${result.horizon === 1 ? '' : 's'}`;
  return result.series.slice(0, 3).flatMap((series) => {
    const name = series.label === 'Total' ? (result.measure === 'revenue' ? 'Revenue' : 'Units') : series.label;
    const sentences: string[] = [];
    const targeted = target === null ? undefined : series.forecast.find((point) => point.ds === target);
    if (targeted) {
      sentences.push(
        `${name} in ${monthName(targeted.ds)}: about ${format(targeted.point)} (${result.confidence}% interval ${format(targeted.lower)} to ${format(targeted.upper)}).`,
      );
    } else {
      const total = series.forecast.reduce((sum, point) => sum + point.point, 0);
      sentences.push(`${name} over the next ${unit}: about ${format(total)} in all.`);
    }
    const backtest = series.backtest;
    if (backtest?.mase != null && backtest.naiveMase != null && backtest.naiveMase > 0) {
      const change = 1 - backtest.mase / backtest.naiveMase;
      sentences.push(
        change >= 0
          ? `Tested on the last ${backtest.points.length} ${result.grain}s it had not seen, its error was ${Math.round(change * 100)}% below a seasonal naive forecast (${series.model}).`
          : `Tested on the last ${backtest.points.length} ${result.grain}s it had not seen, it did ${Math.round(-change * 100)}% worse than a seasonal naive forecast; treat it with care (${series.model}).`,
      );
    }
    return sentences;
  });
};
