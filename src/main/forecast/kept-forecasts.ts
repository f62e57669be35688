import { z } from 'zod';
import { ForecastResult, type ForecastRequest } from '../../shared/contract/forecast';
import { formatMoment } from '../../shared/format/day';
import { AisleError } from '../core/aisle-error';
import { keepJson, keptPath, readKeptJson } from '../offline/kept-json';

type Request = z.infer<typeof ForecastRequest>;

const FOLDER = 'forecast-cache';

/** The request as asked again: a job id belongs to one run only. */
const requestKey = (request: Request): string => JSON.stringify(['run', { ...request, jobId: undefined }]);

/** Forecasts and member lists read from a BigQuery source, kept for opening offline. */
export class KeptForecasts {
  readonly #dataDir: string;

  constructor(dataDir: string) {
    this.#dataDir = dataDir;
  }

  keep(request: Request, result: ForecastResult): void {
    keepJson(keptPath(this.#dataDir, FOLDER, requestKey(request)), result, result.asOf);
  }

  /** The forecast kept for this request, saying so in its notes; null when there is none. */
  find(request: Request): ForecastResult | null {
    const kept = readKeptJson(keptPath(this.#dataDir, FOLDER, requestKey(request)), ForecastResult);
    if (kept === null) return null;
    return {
      ...kept.value,
      notes: [
        `Offline: this is the forecast made on ${formatMoment(kept.value.asOf)}, kept on this computer. It runs again when Google is reachable.`,
        ...kept.value.notes.filter((note) => !note.startsWith('From this computer’s cache')),
      ],
      elapsedMs: 0,
    };
  }

  keepMembers(key: unknown, members: unknown): void {
    keepJson(keptPath(this.#dataDir, FOLDER, JSON.stringify(['members', key])), members);
  }

  findMembers<T>(key: unknown, schema: z.ZodType<T>): T | null {
    return readKeptJson(keptPath(this.#dataDir, FOLDER, JSON.stringify(['members', key])), schema)?.value ?? null;
  }
}

export const neverForecastOffline = (): AisleError =>
  new AisleError(
    'unavailable',
    'You are offline, and this forecast of a BigQuery source was not made before on this computer. It runs when Google is reachable again; forecasts made earlier open from what was kept.',
  );
