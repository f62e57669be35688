import { z } from 'zod';
import { ForecastResult, type ForecastRequest } from '../../shared/contract/forecast';
import { formatMoment } from '../../shared/format/day';
import { AisleError } from '../core/aisle-error';
import { keepJson, keptPath, readKeptJson } from '../offline/kept-json';

type Request = z.infer<typeof ForecastRequest>;

const FOLDER = 'forecast-cache';

/** The request as asked again: a job id belongs to one run only. */
const requestKey = (request: Request): string => JSON.stringify(['run', { ...request, jobId: undefined }]);

/**
 * The forecast by the members it holds: what Ask's "top categories" forecast and its pin (which
 * names the categories shown) share, so the pin finds it offline too.
 */
const membersKey = (
  forecast: Pick<Request, 'sourceId' | 'measure' | 'level' | 'grain' | 'horizon' | 'confidence' | 'engine'>,
  members: readonly string[],
): string =>
  JSON.stringify([
    'members-run',
    forecast.sourceId,
    forecast.measure,
    forecast.level,
    forecast.grain,
    forecast.horizon,
    forecast.confidence,
    forecast.engine,
    [...members].sort(),
  ]);

const MemberList = z.array(z.object({ key: z.string(), label: z.string() }));
export type MemberList = z.infer<typeof MemberList>;

/** What a forecast opened from this computer says first, with the time it was made. */
export const keptForecastNote = (result: ForecastResult): string =>
  `Offline: this is the forecast made on ${formatMoment(result.asOf)}, kept on this computer. Run it again when Google is reachable.`;

/** Forecasts and member lists read from a BigQuery source, kept for opening offline. */
export class KeptForecasts {
  readonly #dataDir: string;

  constructor(dataDir: string) {
    this.#dataDir = dataDir;
  }

  #path(key: string): string {
    return keptPath(this.#dataDir, FOLDER, key);
  }

  keep(request: Request, result: ForecastResult): void {
    keepJson(this.#path(requestKey(request)), result, result.asOf);
    if (result.level !== 'total') {
      keepJson(
        this.#path(
          membersKey(
            result,
            result.series.map((series) => series.key),
          ),
        ),
        result,
        result.asOf,
      );
    }
  }

  /** The forecast kept for this request (or for the same members named), as it was made; null when there is none. */
  find(request: Request): ForecastResult | null {
    const kept =
      readKeptJson(this.#path(requestKey(request)), ForecastResult) ??
      (request.members.length > 0
        ? readKeptJson(this.#path(membersKey(request, request.members)), ForecastResult)
        : null);
    if (kept === null) return null;
    return {
      ...kept.value,
      notes: kept.value.notes.filter((note) => !note.startsWith('From this computer’s cache')),
      elapsedMs: 0,
    };
  }

  keepMembers(input: MembersInput, members: MemberList): void {
    keepJson(this.#path(JSON.stringify(['members', input.sourceId, input.level, input.measure])), members);
  }

  findMembers(input: MembersInput): MemberList | null {
    return (
      readKeptJson(this.#path(JSON.stringify(['members', input.sourceId, input.level, input.measure])), MemberList)
        ?.value ?? null
    );
  }
}

export interface MembersInput {
  sourceId: string;
  level: Request['level'];
  measure: Request['measure'];
}

export const neverForecastOffline = (): AisleError =>
  new AisleError(
    'unavailable',
    'You are offline, and this forecast of a BigQuery source was not made before on this computer. It runs when Google is reachable again; forecasts made earlier open from what was kept.',
  );

export const neverListedOffline = (): AisleError =>
  new AisleError(
    'unavailable',
    'You are offline, and the members of this level were not listed before on this computer. Pick the total, or list them when Google is reachable again.',
  );
