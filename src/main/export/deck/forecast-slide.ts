import type { ForecastResult, ForecastSeries } from '../../../shared/contract/forecast';
import type { DeckOptions } from './build-deck';
import { formatChange, formatDay, formatMoment, formatNumber, readableDateLabels } from './deck-format';
import type { DeckReport, ForecastDeckContent } from './deck-report';
import { deckTheme as theme } from './deck-theme';
import type { LineStyles } from './finish-deck';
import {
  aheadOf,
  alignForecastLines,
  changeOf,
  forecastChartOptions,
  historyPointsFor,
  lineData,
  styleOfMeasure,
  type DrawnForecast,
} from './forecast-chart';
import { addSeveralSeriesForecast } from './forecast-several';
import {
  addFooter,
  addMessage,
  addSidePanel,
  sourceCurrencyOf,
  sourceNameOf,
  speakerNotes,
  type Slide,
} from './slide-parts';

/** One series: actual, forecast, and the interval's two bounds (thin and dashed, by finishDeck). */
const addOneSeriesForecast = (
  slide: Slide,
  title: string,
  forecast: ForecastResult,
  series: ForecastSeries,
  currency: string | null,
): DrawnForecast => {
  const style = styleOfMeasure(forecast.measure);
  const format = (value: number): string => formatNumber(value, style, currency);
  const aligned = alignForecastLines([series], historyPointsFor(forecast));
  const line = aligned.lines[0];
  const categories = readableDateLabels(aligned.periods);
  slide.addChart(
    'line',
    [
      lineData('Actual', categories, line?.actual ?? []),
      lineData('Forecast', categories, line?.forecast ?? []),
      lineData(`Lower ${forecast.confidence}%`, categories, line?.lower ?? []),
      lineData(`Upper ${forecast.confidence}%`, categories, line?.upper ?? []),
    ],
    forecastChartOptions(
      categories,
      style,
      currency,
      [theme.text, theme.accent, theme.accentLight, theme.accentLight],
      `${title}: ${series.label}, actual and forecast ${forecast.measure} with the ${forecast.confidence}% interval`,
    ),
  );
  const keyNumbers: string[] = [];
  const next = series.forecast[0];
  if (next) {
    keyNumbers.push(
      `Next ${forecast.grain} (${next.ds}): ${format(next.point)}, ${forecast.confidence}% interval ${format(next.lower)} to ${format(next.upper)}`,
    );
  }
  const total = aheadOf(series);
  keyNumbers.push(`Next ${series.forecast.length} ${forecast.grain}s: ${format(total.ahead)}`);
  const change = changeOf(total);
  if (change !== null)
    keyNumbers.push(`vs the ${series.forecast.length} ${forecast.grain}s before: ${formatChange(change)}`);
  const backtest = series.backtest;
  if (backtest && backtest.mase !== null) {
    const naive = backtest.naiveMase === null ? '' : ` vs naive ${backtest.naiveMase.toFixed(2)}`;
    const smape = backtest.smape === null ? '' : `, sMAPE ${backtest.smape.toFixed(1)}%`;
    keyNumbers.push(`Backtest accuracy: MASE ${backtest.mase.toFixed(2)}${naive}${smape} (lower is better)`);
  } else {
    keyNumbers.push('Backtest accuracy: not enough history to measure.');
  }
  keyNumbers.push(`Model: ${series.model}`);
  const notes = [...series.warnings];
  if (aligned.allHistoryCount > aligned.historyCount)
    notes.push(`Shows the last ${aligned.historyCount} of ${aligned.allHistoryCount} ${forecast.grain}s of history.`);
  // Series 2 and 3 are the interval's bounds: thin (0.75 pt) dashed lines.
  const lineStyles: LineStyles = { dashed: [2, 3], dashedWidth: 0.75 };
  return { keyNumbers, notes, speakerNotes: [], lineStyles };
};

/**
 * A forecast report's slide: one native line chart (one series with its interval, or several
 * series each with its forecast), key numbers, the request in the speaker notes. Returns the
 * line styles finishDeck gives the chart, or null when there was nothing to draw.
 */
export const addForecastSlide = (
  slide: Slide,
  report: DeckReport,
  content: ForecastDeckContent,
  options: DeckOptions,
): LineStyles | null => {
  const { forecast } = content;
  const footer = `${sourceNameOf(options, report.sourceId)} · data through ${formatDay(forecast.dataThrough)} · as of ${formatMoment(forecast.asOf)}`;
  const requestNotes = [
    `Forecast of ${forecast.measure} by ${forecast.level}, per ${forecast.grain}, ${forecast.horizon} ${forecast.grain}s ahead, ${forecast.confidence}% interval, engine ${forecast.engine}.`,
    ...forecast.notes,
  ];
  const [first, ...others] = forecast.series;
  if (!first) {
    addMessage(slide, 'This forecast has no series to draw.');
    addFooter(slide, footer);
    slide.addNotes(speakerNotes(report, requestNotes));
    return null;
  }
  const currency = sourceCurrencyOf(options, report.sourceId);
  const drawn =
    others.length === 0
      ? addOneSeriesForecast(slide, report.title, forecast, first, currency)
      : addSeveralSeriesForecast(slide, report.title, forecast, currency);
  addSidePanel(slide, { keyNumbers: drawn.keyNumbers, narrative: [], notes: drawn.notes });
  addFooter(slide, footer);
  slide.addNotes(speakerNotes(report, [...requestNotes, ...drawn.speakerNotes]));
  return drawn.lineStyles;
};
