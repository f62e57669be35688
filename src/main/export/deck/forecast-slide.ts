import type PptxGenJS from 'pptxgenjs';
import type { ForecastResult } from '../../../shared/contract/forecast';
import type { DeckOptions } from './build-deck';
import { formatChange, formatDay, formatMoment, formatNumber, readableDateLabels } from './deck-format';
import type { DeckReport, ForecastDeckContent } from './deck-report';
import { deckTheme as theme } from './deck-theme';
import { addFooter, addMessage, addSidePanel, axisText, sourceNameOf, speakerNotes, type Slide } from './slide-parts';

/** History points a forecast slide shows before the forecast: enough for its seasons, not a wall. */
const historyPointsFor = (forecast: ForecastResult): number => Math.min(52, Math.max(12, forecast.horizon * 3));

export const addForecastSlide = (
  slide: Slide,
  report: DeckReport,
  content: ForecastDeckContent,
  options: DeckOptions,
): boolean => {
  const { forecast } = content;
  const footer = `${sourceNameOf(options, report.sourceId)} · data through ${formatDay(forecast.dataThrough)} · as of ${formatMoment(forecast.asOf)}`;
  const series = forecast.series[0];
  const requestNotes = [
    `Forecast of ${forecast.measure} by ${forecast.level}, per ${forecast.grain}, ${forecast.horizon} ${forecast.grain}s ahead, ${forecast.confidence}% interval, engine ${forecast.engine}.`,
    ...forecast.notes,
  ];
  if (!series) {
    addMessage(slide, 'This forecast has no series to draw.');
    addFooter(slide, footer);
    slide.addNotes(speakerNotes(report, requestNotes));
    return false;
  }
  const history = series.history.slice(-historyPointsFor(forecast));
  const categories = readableDateLabels([
    ...history.map((point) => point.ds),
    ...series.forecast.map((point) => point.ds),
  ]);
  const gap = (count: number): null[] => Array.from({ length: count }, () => null);
  const last = history.at(-1);
  // The forecast line starts at the last actual so the two lines meet; the interval starts with the forecast.
  const forecastValues = [
    ...gap(Math.max(0, history.length - 1)),
    ...(last ? [last.y] : []),
    ...series.forecast.map((point) => point.point),
  ];
  const historyValues = [...history.map((point) => point.y), ...gap(series.forecast.length)];
  const lowerValues = [...gap(history.length), ...series.forecast.map((point) => point.lower)];
  const upperValues = [...gap(history.length), ...series.forecast.map((point) => point.upper)];
  const style = forecast.measure === 'revenue' ? 'currency' : 'number';
  const formatCode = style === 'currency' ? '$#,##0' : '#,##0';
  // pptxgenjs writes a null as an empty cell: a gap in the line (its types only say number).
  const labelled = (name: string, values: (number | null)[]): PptxGenJS.OptsChartData => ({
    name,
    labels: categories,
    values: values as number[],
  });
  // One line chart with four series; finishDeck makes the interval's two lines thin and dashed.
  slide.addChart(
    'line',
    [
      labelled('Actual', historyValues),
      labelled('Forecast', forecastValues),
      labelled(`Lower ${forecast.confidence}%`, lowerValues),
      labelled(`Upper ${forecast.confidence}%`, upperValues),
    ],
    {
      ...theme.chart,
      ...axisText,
      chartColors: [theme.text, theme.accent, theme.accentLight, theme.accentLight],
      lineSize: 2,
      lineDataSymbol: 'none',
      showLegend: true,
      legendPos: 'b',
      displayBlanksAs: 'gap',
      valAxisLabelFormatCode: formatCode,
      valLabelFormatCode: formatCode,
      catAxisLabelFrequency: String(Math.max(1, Math.ceil(categories.length / 14))),
      altText: `${report.title}: ${series.label}, actual and forecast ${forecast.measure} with the ${forecast.confidence}% interval`,
    },
  );
  const keyNumbers: string[] = [];
  const next = series.forecast[0];
  if (next) {
    keyNumbers.push(
      `Next ${forecast.grain} (${next.ds}): ${formatNumber(next.point, style)}, ${forecast.confidence}% interval ${formatNumber(next.lower, style)} to ${formatNumber(next.upper, style)}`,
    );
  }
  const ahead = series.forecast.reduce((total, point) => total + point.point, 0);
  const before = series.history.slice(-series.forecast.length);
  keyNumbers.push(`Next ${series.forecast.length} ${forecast.grain}s: ${formatNumber(ahead, style)}`);
  if (before.length === series.forecast.length && before.length > 0) {
    const previous = before.reduce((total, point) => total + point.y, 0);
    if (previous !== 0)
      keyNumbers.push(
        `vs the ${before.length} ${forecast.grain}s before: ${formatChange((ahead - previous) / Math.abs(previous))}`,
      );
  }
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
  if (forecast.series.length > 1) {
    const others = forecast.series.slice(1);
    notes.push(
      `Chart shows ${series.label}; ${others.length} more series in the app: ${others
        .slice(0, 6)
        .map((other) => other.label)
        .join(', ')}${others.length > 6 ? ', …' : ''}.`,
    );
  }
  if (series.history.length > history.length)
    notes.push(`Shows the last ${history.length} of ${series.history.length} ${forecast.grain}s of history.`);
  addSidePanel(slide, { keyNumbers, narrative: [], notes });
  addFooter(slide, footer);
  slide.addNotes(speakerNotes(report, requestNotes));
  return true;
};
