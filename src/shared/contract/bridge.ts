import type { EventName, MethodName } from './names';
import type { ResultEnvelope } from './errors';

/**
 * The whole surface the preload exposes as `window.aisle`. Deliberately untyped per
 * method here: the renderer's client adds the per-method types and validates replies.
 */
export interface AisleBridge {
  invoke(method: MethodName, input: unknown): Promise<ResultEnvelope<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** The real path of a file the person picked (Electron's webUtils); web mode uploads instead. */
  pathForFile(file: File): string;
}
