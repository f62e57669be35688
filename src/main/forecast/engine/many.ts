// Forecasts many series on every core: batches go to worker threads as they free up,
// and progress is reported as batches finish. Small jobs, or a build where the worker
// file cannot be started, run in this thread instead (same results, one core).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { forecastSeries } from './forecast';
import type { ForecastInput, ForecastOutput } from './types';
import type { BatchReply, BatchRequest } from './worker';

export interface ForecastManyOptions {
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to use; default one per core; 0 or 1 runs in this thread. */
  threads?: number;
  /** Stops the work between batches; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

const batchSize = 25;
/** Below this many series, starting workers (~100 ms each) costs more than it saves. */
const minimumForWorkers = 100;

/** A worker that could not load its module; the work is redone in this thread. */
class WorkerStartError extends Error {}

function workerFile(): string | undefined {
  // Same extension as this module: .ts under tsx, .js once built. The build puts the worker entry
  // at out/main/worker.js while this code sits in a shared chunk under out/main/chunks/.
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return [`./worker${extension}`, `../worker${extension}`]
    .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
    .find((path) => existsSync(path));
}

async function inThread(inputs: readonly ForecastInput[], options: ForecastManyOptions): Promise<ForecastOutput[]> {
  const outputs: ForecastOutput[] = [];
  for (const input of inputs) {
    options.signal?.throwIfAborted();
    outputs.push(forecastSeries(input));
    options.onProgress?.(outputs.length, inputs.length);
    // Yield now and then so the caller's event loop (progress events, cancellation) runs.
    if (outputs.length % batchSize === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return outputs;
}

async function inWorkers(
  inputs: readonly ForecastInput[],
  options: ForecastManyOptions,
  threads: number,
  file: string,
): Promise<ForecastOutput[]> {
  const batches: BatchRequest[] = [];
  for (let start = 0; start < inputs.length; start += batchSize) {
    batches.push({ batch: batches.length, inputs: inputs.slice(start, start + batchSize) });
  }
  const results = new Array<ForecastOutput[] | undefined>(batches.length);
  const workers = Array.from({ length: threads }, () => new Worker(file));
  let next = 0;
  let done = 0;
  const drive = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const send = (): void => {
        if (options.signal?.aborted === true) {
          const reason: unknown = options.signal.reason;
          reject(reason instanceof Error ? reason : new Error('Forecasting was cancelled.'));
          return;
        }
        const request = batches[next++];
        if (request === undefined) resolve();
        else worker.postMessage(request);
      };
      worker.on('message', (reply: BatchReply) => {
        if ('error' in reply) {
          reject(new Error(reply.error));
          return;
        }
        results[reply.batch] = reply.outputs;
        done += reply.outputs.length;
        options.onProgress?.(done, inputs.length);
        send();
      });
      worker.on('error', (error) => {
        reject(done === 0 ? new WorkerStartError(error.message) : error);
      });
      send();
    });
  try {
    await Promise.all(workers.map(drive));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flatMap((batch) => batch ?? []);
}

export async function forecastMany(
  inputs: readonly ForecastInput[],
  options: ForecastManyOptions = {},
): Promise<ForecastOutput[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(inputs.length / batchSize));
  const file = workerFile();
  if (threads < 2 || inputs.length < minimumForWorkers || file === undefined) return inThread(inputs, options);
  try {
    return await inWorkers(inputs, options, threads, file);
  } catch (error) {
    // E.g. a .ts worker started without tsx's loader (vitest): run the same work here.
    // A genuine forecasting error throws again in this thread, so nothing is hidden.
    if (error instanceof WorkerStartError) return inThread(inputs, options);
    throw error;
  }
}
