export {
  BigQueryForecaster,
  DEFAULT_CACHE_MAX_AGE_MS,
  engineModels,
  type BigQueryForecastEstimate,
  type BigQueryForecasterOptions,
  type BigQueryForecastRequest,
  type BigQueryForecastRunOptions,
  type BigQueryForecastRunResult,
} from './bigquery-forecaster';
export type { BigQueryForecastPoint, BigQueryForecastSeries } from './parse-forecast';
export {
  BigQueryForecastRequestSchema,
  bigQueryForecastEngines,
  HISTORY_NOT_SELECT_MESSAGE,
  MAX_HORIZON,
  NO_WORKSPACE_MESSAGE,
  type BigQueryForecastEngine,
} from './request';
