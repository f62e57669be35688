// The local forecasting engine of the Forecast stage. See docs/forecast-engine.md.
export type { BacktestResult, ForecastInput, ForecastOutput } from './types';
export { forecastSeries as forecast } from './forecast';
export { forecastMany, type ForecastManyOptions } from './many';
export { coverage, mase, maseScale, msis, smape } from './metrics';
export { methodIds, type MethodId } from './registry';
