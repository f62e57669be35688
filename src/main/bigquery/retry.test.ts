import { describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { attemptsMade, backoffDelay, retryPolicy, untilAborted, withRetry } from './retry';

const recordingPolicy = (random = 1 - Number.EPSILON) => {
  const sleeps: number[] = [];
  const policy = retryPolicy({
    random: () => random,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  return { policy, sleeps };
};

describe('backoffDelay', () => {
  it('draws below a ceiling that doubles from 500 ms up to 8 s (full jitter)', () => {
    const { policy } = recordingPolicy();
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, policy))).toEqual([
      499, 999, 1999, 3999, 7999, 7999, 7999,
    ]);
    expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(0);
    expect(backoffDelay(1, { ...policy, random: () => 0.25 })).toBe(250);
  });
});

describe('withRetry', () => {
  it('retries what is worth retrying, up to four times by default, then throws the last error', async () => {
    const { policy, sleeps } = recordingPolicy(0.5);
    let calls = 0;
    const error = new Error('backend');
    await expect(
      withRetry(
        () => {
          calls += 1;
          return Promise.reject(error);
        },
        policy,
        { shouldRetry: () => true },
      ),
    ).rejects.toBe(error);
    expect(calls).toBe(5);
    expect(sleeps).toEqual([250, 500, 1000, 2000]);
    expect(attemptsMade.get(error)).toBe(5);
  });

  it('returns as soon as an attempt succeeds', async () => {
    const { policy, sleeps } = recordingPolicy(0.5);
    let calls = 0;
    const value = await withRetry(
      () => {
        calls += 1;
        return calls < 3 ? Promise.reject(new Error('flaky')) : Promise.resolve('done');
      },
      policy,
      { shouldRetry: () => true },
    );
    expect(value).toBe('done');
    expect(sleeps).toEqual([250, 500]);
  });

  it('does not retry what is not worth it', async () => {
    const { policy, sleeps } = recordingPolicy();
    let calls = 0;
    await expect(
      withRetry(
        () => {
          calls += 1;
          return Promise.reject(new Error('invalidQuery'));
        },
        policy,
        { shouldRetry: () => false },
      ),
    ).rejects.toThrow('invalidQuery');
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('stops waiting at once when cancelled', async () => {
    const controller = new AbortController();
    const policy = retryPolicy({ sleep: () => new Promise(() => undefined) });
    const running = withRetry(() => Promise.reject(new Error('backend')), policy, {
      shouldRetry: () => true,
      signal: controller.signal,
    });
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('untilAborted', () => {
  it('rejects with a cancellation when the signal fires first', async () => {
    const controller = new AbortController();
    const waiting = untilAborted(new Promise(() => undefined), controller.signal);
    controller.abort();
    const error: unknown = await waiting.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AisleError);
    expect(error).toMatchObject({ code: 'cancelled', message: 'The query was cancelled.' });
  });

  it('passes the result through otherwise', async () => {
    await expect(untilAborted(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
  });
});
