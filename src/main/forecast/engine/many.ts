// Forecasts many series. Sequential for now.
import { forecastSeries } from './forecast';
import type { ForecastInput, ForecastOutput } from './types';

export interface ForecastManyOptions {
  onProgress?: (done: number, total: number) => void;
}

export async function forecastMany(inputs: readonly ForecastInput[], options: ForecastManyOptions = {}): Promise<ForecastOutput[]> {
  const out: ForecastOutput[] = [];
  for (const input of inputs) {
    out.push(forecastSeries(input));
    options.onProgress?.(out.length, inputs.length);
    if (out.length % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}
