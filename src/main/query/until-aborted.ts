import { AisleError } from '../core/aisle-error';

/**
 * Waits for `promise` unless `signal` aborts first. Used while a data source opens (the demo
 * store may still be generating), which cannot itself be cancelled but need not be waited for.
 */
export const untilAborted = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(new AisleError('cancelled', 'The query was cancelled before it started.'));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
