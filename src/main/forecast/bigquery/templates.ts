/**
 * The forecasting statements, rendered from sql/bigquery/forecast_*.sql. Placeholders are
 * `%%name%%` (the BigQuery AI templates' `{{…}}` holds identifiers only): the history is a
 * query checked to be one SELECT, numbers are validated numbers, the model path is validated
 * identifiers. Every placeholder is replaced in one pass, so nothing inlined is read again.
 */
import { createHash } from 'node:crypto';
import type { BigQueryForecastEngine, ValidForecastRequest } from './request';

export const forecastTemplates = {
  series: 'forecast_series.sql',
  backtestHistory: 'forecast_backtest_history.sql',
  timesfm: 'forecast_timesfm.sql',
  createModel: 'forecast_arima_create_model.sql',
  arimaForecast: 'forecast_arima_forecast.sql',
  dropModel: 'forecast_arima_drop_model.sql',
} as const;

/** A model path whose parts passed PROJECT_ID / NAME: nothing else reaches `%%model%%`. */
const MODEL_PATH = /^[a-z][a-z0-9-]{4,28}[a-z0-9]\.[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
const NUMBER = /^\d+(\.\d+)?$/;

export const renderForecastTemplate = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/%%([a-z_]+)%%/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Forecast template placeholder %%${name}%% has no value`);
    if (name === 'model' && !MODEL_PATH.test(value)) throw new Error('Forecast model path is not an identifier');
    if ((name === 'horizon' || name === 'confidence_level') && !NUMBER.test(value)) {
      throw new Error(`Forecast template value for %%${name}%% is not a number`);
    }
    return value;
  });

/** One forecast over one history: the statements that run, in order. */
export interface ForecastPass {
  /** `forecast` or `backtest`. */
  part: 'forecast' | 'backtest';
  /** The normalised series query (what ARIMA_PLUS trains on; what the estimate dry-runs for it). */
  series: string;
  /** ARIMA_PLUS: CREATE OR REPLACE MODEL. */
  createModel: string | null;
  /** The SELECT whose rows are the forecast. */
  forecast: string;
  /** ARIMA_PLUS: DROP MODEL IF EXISTS, run afterwards whatever happened. */
  dropModel: string | null;
  model: string | null;
}

export interface ForecastPlan {
  engine: BigQueryForecastEngine;
  passes: ForecastPass[];
}

/** `0.95` for 95: BigQuery's confidence_level is a fraction. */
export const confidenceLevel = (level: number): string => String(Number((level / 100).toFixed(4)));

/**
 * The temporary model's name: a hash of what it is trained on, and the run's own id, so two
 * runs of the same forecast at once never train, read or drop each other's model.
 */
const modelName = (request: ValidForecastRequest, part: string, runId: string): string =>
  `aisle_forecast_${createHash('sha256')
    .update(JSON.stringify([request.historySql, request.horizon, part]))
    .digest('hex')
    .slice(0, 16)}${part === 'backtest' ? '_backtest' : ''}${runId === '' ? '' : `_${runId}`}`;

/** A template's text without its leading `--` comment lines, for one nested in another. */
const withoutLeadingComments = (sql: string): string => sql.replace(/^(\s*--[^\n]*\n)+/, '').trimEnd();

/** `runId` ([0-9a-z]*) names this run's ARIMA_PLUS models; an estimate's dry runs need none. */
export const planForecast = (
  request: ValidForecastRequest,
  readTemplate: (name: string) => string,
  runId = '',
): ForecastPlan => {
  if (!/^[0-9a-z]*$/.test(runId)) throw new Error(`a run id is lower-case letters and digits, not "${runId}"`);
  const numbers = { horizon: String(request.horizon), confidence_level: confidenceLevel(request.level) };
  const render = (name: string, values: Record<string, string>): string =>
    renderForecastTemplate(readTemplate(name), { ...numbers, ...values });
  const nested = (name: string, values: Record<string, string>): string =>
    renderForecastTemplate(withoutLeadingComments(readTemplate(name)), { ...numbers, ...values });
  const histories: { part: 'forecast' | 'backtest'; history: string }[] = [
    { part: 'forecast', history: request.historySql },
  ];
  if (request.backtest) {
    histories.push({
      part: 'backtest',
      history: nested(forecastTemplates.backtestHistory, { history: request.historySql }),
    });
  }
  const passes = histories.map(({ part, history }): ForecastPass => {
    const series = nested(forecastTemplates.series, { history });
    switch (request.engine) {
      case 'timesfm':
        return {
          part,
          series,
          createModel: null,
          forecast: render(forecastTemplates.timesfm, { series }),
          dropModel: null,
          model: null,
        };
      case 'arima_plus': {
        const workspace = request.workspace;
        if (!workspace) throw new Error('arima_plus needs a workspace (checked by the request schema)');
        const model = `${workspace.projectId}.${workspace.datasetId}.${modelName(request, part, runId)}`;
        return {
          part,
          series,
          createModel: render(forecastTemplates.createModel, { model, series }),
          forecast: render(forecastTemplates.arimaForecast, { model }),
          dropModel: render(forecastTemplates.dropModel, { model }),
          model,
        };
      }
    }
  });
  return { engine: request.engine, passes };
};
