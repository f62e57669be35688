import type { AskAnswer, MethodInput } from '../../../../shared/contract';
import { pinnedChart, reportTitle } from './answer-actions';

/**
 * How an answer is pinned: as what it shows. A forecast answer pins the forecast (its request,
 * so Refresh forecasts again), a product summary the product page, a list of products with a
 * complaint the Explore view that lists them all, anything else its result table and chart.
 */
export type AnswerPin =
  | { method: 'forecast.pin'; input: MethodInput<'forecast.pin'> }
  | { method: 'explore.pin'; input: MethodInput<'explore.pin'> }
  | { method: 'explore.pinView'; input: MethodInput<'explore.pinView'> }
  | { method: 'reports.pin'; input: MethodInput<'reports.pin'> };

/** The pin for an answer, or null when there is nothing to pin (a refusal, a lost result). */
export const answerPin = (answer: AskAnswer): AnswerPin | null => {
  const title = reportTitle(answer.question);
  const { forecast, explore } = answer;
  if (forecast) {
    return {
      method: 'forecast.pin',
      input: {
        title,
        request: {
          sourceId: forecast.sourceId,
          measure: forecast.measure,
          level: forecast.level,
          members: forecast.level === 'total' ? [] : forecast.series.map((series) => series.key).slice(0, 24),
          top: Math.min(24, Math.max(1, forecast.series.length)),
          grain: forecast.grain,
          horizon: forecast.horizon,
          confidence: forecast.confidence,
          engine: forecast.engine,
        },
      },
    };
  }
  if (explore?.kind === 'product') {
    return { method: 'explore.pin', input: { sourceId: answer.sourceId, productId: explore.productId, title } };
  }
  if (explore?.kind === 'complaints') {
    return {
      method: 'explore.pinView',
      input: {
        sourceId: answer.sourceId,
        filters: { ...explore.filters, complaintsAbout: explore.aspect },
        sort: 'complaints',
        title,
      },
    };
  }
  if (!answer.resultId) return null;
  return { method: 'reports.pin', input: { title, resultId: answer.resultId, chart: pinnedChart(answer), tags: [] } };
};
