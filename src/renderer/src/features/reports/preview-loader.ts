import type { MethodOutput } from '../../../../shared/contract';
import { PREVIEW_BATCH, type ReportPreview } from '../../../../shared/contract/reports';

type FetchPreviews = (ids: string[]) => Promise<MethodOutput<'reports.previews'>>;

interface Waiting {
  resolve: (preview: ReportPreview | null) => void;
  reject: (error: Error) => void;
}

/** About a frame: cards that scroll into view together ask within it. */
const GATHER_MS = 16;

export interface PreviewLoader {
  /** The report's preview, or null when it no longer exists. */
  load: (id: string) => Promise<ReportPreview | null>;
}

/**
 * Gathers the previews that cards ask for within a moment into calls of up to PREVIEW_BATCH
 * ids, so forty cards scrolling into view make one request, not forty.
 */
export const createPreviewLoader = (fetchPreviews: FetchPreviews, gatherMs = GATHER_MS): PreviewLoader => {
  let waiting = new Map<string, Waiting[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const settle = async (ids: string[], batch: ReadonlyMap<string, Waiting[]>): Promise<void> => {
    try {
      const { previews } = await fetchPreviews(ids);
      const byId = new Map(previews.map((preview) => [preview.id, preview]));
      for (const id of ids) for (const card of batch.get(id) ?? []) card.resolve(byId.get(id) ?? null);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const id of ids) for (const card of batch.get(id) ?? []) card.reject(failure);
    }
  };

  const flush = (): void => {
    const batch = waiting;
    waiting = new Map();
    timer = null;
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += PREVIEW_BATCH) {
      void settle(ids.slice(start, start + PREVIEW_BATCH), batch);
    }
  };

  return {
    load: (id) =>
      new Promise((resolve, reject) => {
        waiting.set(id, [...(waiting.get(id) ?? []), { resolve, reject }]);
        timer ??= setTimeout(flush, gatherMs);
      }),
  };
};
