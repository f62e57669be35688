import type { ForecastResult, ForecastSeries } from '../../../shared/contract/forecast';
import { formatChange, formatNumber, readableDateLabels } from './deck-format';
import { deckTheme as theme } from './deck-theme';
import {
  aheadOf,
  alignForecastLines,
  changeOf,
  forecastChartOptions,
  historyPointsFor,
  lineData,
  periodsText,
  styleOfMeasure,
  type DrawnForecast,
} from './forecast-chart';
import type { Slide } from './slide-parts';

/** Series one chart draws: past six, twelve lines in as many colours stop reading as a picture. */
export const MAX_FORECAST_SERIES = 6;
/** Names of the series left off the chart that the side panel lists. */
const MAX_NAMED_OTHERS = 12;

const withChange = (text: string, change: number | null): string =>
  change === null ? text : `${text}, ${formatChange(change)}`;

const backtestLine = (series: readonly ForecastSeries[]): string => {
  const mases = series.flatMap((one) => {
    const mase = one.backtest?.mase;
    return mase === undefined || mase === null ? [] : [mase];
  });
  if (mases.length === 0) return 'Backtest accuracy: not enough history to measure.';
  const low = Math.min(...mases).toFixed(2);
  const high = Math.max(...mases).toFixed(2);
  const range = low === high ? `MASE ${low}` : `MASE ${low} to ${high} across the series`;
  return `Backtest accuracy: ${range} (lower is better)`;
};

/** Per series, what a presenter may be asked: next period with its interval, accuracy, model. */
const seriesDetail = (forecast: ForecastResult, series: ForecastSeries, format: (value: number) => string): string => {
  const next = series.forecast[0];
  const nextText = next
    ? `next ${forecast.grain} ${format(next.point)} (${forecast.confidence}% interval ${format(next.lower)} to ${format(next.upper)})`
    : 'no forecast';
  const mase = series.backtest?.mase;
  const accuracy = mase === undefined || mase === null ? '' : `, backtest MASE ${mase.toFixed(2)}`;
  return `${series.label}: ${nextText}${accuracy}; model ${series.model}.`;
};

/**
 * Several series (a forecast by category, say) on one line chart: each series' actuals as a
 * solid line and its forecast, "<name> forecast", as a dashed line in the same colour that
 * starts at the last actual. The legend lists each series once (its colour); the forecast
 * lines keep their names in the chart's data. Intervals are left off: twelve bands would hide
 * the lines. The biggest MAX_FORECAST_SERIES are drawn (the service orders them biggest first).
 */
export const addSeveralSeriesForecast = (
  slide: Slide,
  title: string,
  forecast: ForecastResult,
  currency: string | null,
): DrawnForecast => {
  const shown = forecast.series.slice(0, MAX_FORECAST_SERIES);
  const rest = forecast.series.slice(MAX_FORECAST_SERIES);
  const aligned = alignForecastLines(shown, historyPointsFor(forecast));
  const categories = readableDateLabels(aligned.periods);
  const style = styleOfMeasure(forecast.measure);
  const format = (value: number): string => formatNumber(value, style, currency);
  const colors = shown.map((_, index) => theme.seriesColors[index % theme.seriesColors.length] ?? theme.accent);
  // Pairs, actual then forecast, so series 2i is a series' actuals and 2i + 1 its forecast.
  const data = shown.flatMap((series, index) => {
    const line = aligned.lines[index];
    return [
      lineData(series.label, categories, line?.actual ?? []),
      lineData(`${series.label} forecast`, categories, line?.forecast ?? []),
    ];
  });
  slide.addChart(
    'line',
    data,
    forecastChartOptions(
      categories,
      style,
      currency,
      colors.flatMap((color) => [color, color]),
      `${title}: actual (solid) and forecast (dashed) ${forecast.measure} of ${shown.map((one) => one.label).join(', ')}`,
    ),
  );
  const forecastSeries = shown.map((_, index) => index * 2 + 1);

  const keyNumbers: string[] = [];
  const together =
    rest.length > 0
      ? `these ${shown.length} together`
      : shown.length === 2
        ? 'both together'
        : `all ${shown.length} together`;
  const next = shown[0]?.forecast[0];
  if (next && shown.every((series) => series.forecast[0]?.ds === next.ds)) {
    const nextTotal = shown.reduce((total, series) => total + (series.forecast[0]?.point ?? 0), 0);
    keyNumbers.push(`Next ${forecast.grain} (${next.ds}), ${together}: ${format(nextTotal)}`);
  }
  const totals = shown.map(aheadOf);
  const horizon = periodsText(shown[0]?.forecast.length ?? forecast.horizon, forecast.grain);
  const ahead = totals.reduce((total, one) => total + one.ahead, 0);
  const before = totals.every((one) => one.before !== null)
    ? totals.reduce((total, one) => total + (one.before ?? 0), 0)
    : null;
  const change = changeOf({ ahead, before });
  keyNumbers.push(
    `Next ${horizon}, ${together}: ${format(ahead)}${change === null ? '' : `, ${formatChange(change)} vs the ${horizon} before`}`,
  );
  shown.forEach((series, index) => {
    const total = totals[index] ?? aheadOf(series);
    keyNumbers.push(withChange(`${series.label}: ${format(total.ahead)} in ${horizon}`, changeOf(total)));
  });
  keyNumbers.push(backtestLine(shown));
  const models = [...new Set(shown.map((series) => series.model))];
  if (models.length === 1) keyNumbers.push(`Model: ${models[0] ?? ''}`);

  const notes = [
    `Solid lines are actuals, dashed lines the forecast. The ${forecast.confidence}% intervals are left off to keep the lines readable; the speaker notes and the app have them.`,
  ];
  if (rest.length > 0) {
    const named = rest.slice(0, MAX_NAMED_OTHERS).map((series) => series.label);
    const unnamed = rest.length - named.length;
    notes.push(
      `Shows the ${shown.length} biggest series; ${rest.length} more in the app: ${named.join(', ')}${unnamed > 0 ? ` and ${unnamed} others` : ''}.`,
    );
  }
  if (models.length > 1) notes.push('Models differ by series; the speaker notes name each.');
  for (const series of shown) notes.push(...series.warnings.map((warning) => `${series.label}: ${warning}`));
  if (aligned.allHistoryCount > aligned.historyCount)
    notes.push(`Shows the last ${aligned.historyCount} of ${aligned.allHistoryCount} ${forecast.grain}s of history.`);

  return {
    keyNumbers,
    notes,
    speakerNotes: ['', ...shown.map((series) => seriesDetail(forecast, series, format))],
    lineStyles: { dashed: forecastSeries, unlisted: forecastSeries },
  };
};
