import { AisleError } from '../core/aisle-error';

/** How Aisle retries BigQuery calls; the defaults follow Google's advice for the REST API. */
export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** The first backoff ceiling (default 500 ms); it doubles each attempt. */
  baseDelayMs?: number;
  /** The largest backoff ceiling (default 8 s). */
  maxDelayMs?: number;
  /** 0 ≤ x < 1; tests pass a fixed one. */
  random?: () => number;
  /** Waits; tests pass one that records and returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'random' | 'sleep'> = { retries: 4, baseDelayMs: 500, maxDelayMs: 8000 };

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const retryPolicy = (options: RetryOptions = {}): RetryPolicy => ({
  retries: options.retries ?? DEFAULT_RETRY.retries,
  baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
  maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
  random: options.random ?? Math.random,
  sleep: options.sleep ?? realSleep,
});

/**
 * Exponential backoff with full jitter: a uniformly random wait below a ceiling that doubles
 * per attempt (0-based), capped. Full jitter spreads out many clients that failed together.
 */
export const backoffDelay = (attempt: number, policy: RetryPolicy): number =>
  Math.floor(policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));

export const cancelledError = (): AisleError => new AisleError('cancelled', 'The query was cancelled.');

/** Resolves with `promise`, or rejects with a cancellation as soon as `signal` aborts. */
export const untilAborted = <T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
  if (!signal) return promise;
  if (signal.aborted) {
    // The work goes on (it cannot be stopped), so its failure must not go unhandled.
    promise.catch(() => undefined);
    return Promise.reject(cancelledError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      promise.catch(() => undefined);
      reject(cancelledError());
    };
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
};

/** How many attempts an error that was worth retrying had used up when Aisle gave up (for the message). */
export const attemptsMade = new WeakMap<object, number>();

export interface RetryHooks {
  /** Whether this error is worth another attempt. */
  shouldRetry: (error: unknown) => boolean;
  signal?: AbortSignal | undefined;
  /** Told before each wait, for the log. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * Runs `work` until it succeeds, fails with an error not worth retrying, or has used up the
 * policy's retries; the last error is thrown. A cancellation stops waiting at once.
 */
export const withRetry = async <T>(
  work: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> => {
  for (let attempt = 0; ; attempt += 1) {
    if (hooks.signal?.aborted) throw cancelledError();
    try {
      return await work(attempt);
    } catch (error) {
      if (hooks.signal?.aborted) throw cancelledError();
      const retryable = hooks.shouldRetry(error);
      if (attempt >= policy.retries || !retryable) {
        if (retryable && typeof error === 'object' && error !== null) attemptsMade.set(error, attempt + 1);
        throw error;
      }
      const delay = backoffDelay(attempt, policy);
      hooks.onRetry?.(error, attempt + 1, delay);
      await untilAborted(policy.sleep(delay), hooks.signal);
    }
  }
};
