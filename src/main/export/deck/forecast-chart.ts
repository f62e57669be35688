import type PptxGenJS from 'pptxgenjs';
import type { ForecastResult, ForecastSeries } from '../../../shared/contract/forecast';
import { formatCodeOf, type NumberStyle } from './deck-format';
import { deckTheme as theme } from './deck-theme';
import type { LineStyles } from './finish-deck';
import { axisText } from './slide-parts';

// What a forecast slide's charts share, whether they draw one series or several.

/** History points a forecast slide shows before the forecast: enough for its seasons, not a wall. */
export const historyPointsFor = (forecast: Pick<ForecastResult, 'horizon'>): number =>
  Math.min(52, Math.max(12, forecast.horizon * 3));

/** What a forecast slide drew, for its side panel, its speaker notes and finishDeck. */
export interface DrawnForecast {
  keyNumbers: string[];
  notes: string[];
  speakerNotes: string[];
  lineStyles: LineStyles;
}

/** One series on the chart's shared periods; null where it has no value (a gap in the line). */
export interface ForecastLine {
  actual: (number | null)[];
  /** Starts at the last actual, so the two lines meet. */
  forecast: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
}

export interface AlignedForecast {
  /** Period starts (YYYY-MM-DD): the shown history, then the forecast's periods. */
  periods: string[];
  /** How many of `periods` are history. */
  historyCount: number;
  /** How many history periods there are in all, before the cut to the last `historyPoints`. */
  allHistoryCount: number;
  lines: ForecastLine[];
}

const sortedUnique = (days: Iterable<string>): string[] => [...new Set(days)].sort();

/**
 * Puts series on one set of periods: the last `historyPoints` periods any of them has history
 * for, then the forecast's. Series can start at different periods (a category launched later);
 * a period a series lacks is a gap, not a zero.
 */
export const alignForecastLines = (series: readonly ForecastSeries[], historyPoints: number): AlignedForecast => {
  const allHistory = sortedUnique(series.flatMap((one) => one.history.map((point) => point.ds)));
  const history = allHistory.slice(-historyPoints);
  const seen = new Set(history);
  const future = sortedUnique(series.flatMap((one) => one.forecast.map((point) => point.ds))).filter(
    (ds) => !seen.has(ds),
  );
  const periods = [...history, ...future];
  const position = new Map(periods.map((ds, index) => [ds, index]));
  const lines = series.map((one): ForecastLine => {
    const blank = (): (number | null)[] => periods.map(() => null);
    const line = { actual: blank(), forecast: blank(), lower: blank(), upper: blank() };
    for (const point of one.history) {
      const at = position.get(point.ds);
      if (at !== undefined && at < history.length) line.actual[at] = point.y;
    }
    const last = one.history.at(-1);
    const lastAt = last ? position.get(last.ds) : undefined;
    if (last && lastAt !== undefined && one.forecast.length > 0) line.forecast[lastAt] = last.y;
    for (const point of one.forecast) {
      const at = position.get(point.ds);
      if (at === undefined || at < history.length) continue;
      line.forecast[at] = point.point;
      line.lower[at] = point.lower;
      line.upper[at] = point.upper;
    }
    return line;
  });
  return { periods, historyCount: history.length, allHistoryCount: allHistory.length, lines };
};

export const styleOfMeasure = (measure: ForecastResult['measure']): NumberStyle =>
  measure === 'revenue' ? 'currency' : 'number';

/** One named line over the chart's categories. */
export const lineData = (name: string, labels: string[], values: (number | null)[]): PptxGenJS.OptsChartData => ({
  name,
  labels,
  // pptxgenjs writes a null as an empty cell: a gap in the line (its types only say number).
  values: values as number[],
});

/** The options every forecast line chart shares: 2 pt lines, no markers, gaps for blanks. */
export const forecastChartOptions = (
  categories: readonly string[],
  style: NumberStyle,
  currency: string | null,
  chartColors: string[],
  altText: string,
): PptxGenJS.IChartOpts => {
  // Forecasts are whole amounts: units, or money rounded to the unit.
  const formatCode = formatCodeOf(style, [], currency);
  return {
    ...theme.chart,
    ...axisText,
    chartColors,
    lineSize: 2,
    lineDataSymbol: 'none',
    showLegend: true,
    legendPos: 'b',
    displayBlanksAs: 'gap',
    valAxisLabelFormatCode: formatCode,
    valLabelFormatCode: formatCode,
    catAxisLabelFrequency: String(Math.max(1, Math.ceil(categories.length / 14))),
    altText,
  };
};

/**
 * The forecast's total over its horizon, and the actual total over as many periods just before
 * (null when the history is shorter than the horizon).
 */
export const aheadOf = (series: ForecastSeries): { ahead: number; before: number | null } => {
  const ahead = series.forecast.reduce((total, point) => total + point.point, 0);
  const before = series.history.slice(-series.forecast.length);
  if (before.length !== series.forecast.length || before.length === 0) return { ahead, before: null };
  return { ahead, before: before.reduce((total, point) => total + point.y, 0) };
};

/** The change from `before` to `ahead` as a fraction; null when there is nothing to compare with. */
export const changeOf = ({ ahead, before }: { ahead: number; before: number | null }): number | null =>
  before === null || before === 0 ? null : (ahead - before) / Math.abs(before);

/** "1 week", "8 weeks". */
export const periodsText = (count: number, grain: ForecastResult['grain']): string =>
  `${count} ${grain}${count === 1 ? '' : 's'}`;
