// Worker thread body for forecastMany: forecasts the batches it is sent.
import { parentPort } from 'node:worker_threads';
import { forecastSeries } from './forecast';
import type { ForecastInput, ForecastOutput } from './types';

export interface BatchRequest {
  batch: number;
  inputs: ForecastInput[];
}

export type BatchReply = { batch: number; outputs: ForecastOutput[] } | { batch: number; error: string };

parentPort?.on('message', (request: BatchRequest) => {
  try {
    parentPort?.postMessage({ batch: request.batch, outputs: request.inputs.map(forecastSeries) } satisfies BatchReply);
  } catch (error) {
    parentPort?.postMessage({
      batch: request.batch,
      error: error instanceof Error ? error.message : String(error),
    } satisfies BatchReply);
  }
});
