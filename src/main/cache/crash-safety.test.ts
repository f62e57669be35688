import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERRUPTED_MESSAGE } from './interrupt-abandoned';
import { openCache } from './open-cache';
import { CRASH_PAGE_SIZE, crashRowCount } from './test-fixtures/crash-plan';
import { sampleRows } from './test-fixtures/sample-rows';
import { makeTempDir, memoryLog } from './test-fixtures/temp-cache';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const writerScript = fileURLToPath(new URL('./test-fixtures/crash-writer.ts', import.meta.url));

interface Event {
  kind: 'begin' | 'page' | 'done';
  seed: number;
  value: string;
}

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/**
 * Runs the writer until `shouldKill` says so, SIGKILLs it (no chance to clean up: the same as
 * a crash or a power button for the process) and resolves with everything it printed.
 */
const runAndKill = (cachePath: string, shouldKill: (events: Event[]) => boolean): Promise<Event[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, cachePath], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => child.kill('SIGKILL'));
    const events: Event[] = [];
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [kind, seed, value] = line.split(' ');
      if ((kind !== 'begin' && kind !== 'page' && kind !== 'done') || seed === undefined || value === undefined) return;
      events.push({ kind, seed: Number(seed), value });
      if (!killed && shouldKill(events)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    // 'close' comes after the process has exited (and been reaped) and stdout has drained.
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(events);
      else reject(new Error(`crash writer ended on its own (signal ${String(signal)}):\n${stderr}`));
    });
  });

describe('crash safety', () => {
  it('keeps every committed result intact and marks the in-flight one interrupted after SIGKILL', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'cache.sqlite');

    // Kill once five results are done and the sixth has committed at least one page.
    const events = await runAndKill(path, (seen) => {
      const done = seen.filter((event) => event.kind === 'done');
      const last = seen.at(-1);
      return done.length >= 5 && last?.kind === 'page' && !done.some((event) => event.seed === last.seed);
    });

    const begun = events.filter((event) => event.kind === 'begin');
    const doneSeeds = new Set(events.filter((event) => event.kind === 'done').map((event) => event.seed));
    const inFlight = begun.filter((event) => !doneSeeds.has(event.seed));
    expect(doneSeeds.size).toBeGreaterThanOrEqual(5);
    expect(inFlight).toHaveLength(1);

    const { cache } = openCache(path, memoryLog());
    cleanups.unshift(() => cache.close());
    expect(cache.db.pragma('integrity_check', { simple: true })).toBe('ok');

    for (const event of begun.filter((entry) => doneSeeds.has(entry.seed))) {
      const meta = cache.results.get(event.value);
      const expected = crashRowCount(event.seed);
      expect(meta).toMatchObject({ status: 'complete', rowCount: expected, sql: `SELECT ${event.seed}` });
      expect(cache.results.readRows(event.value, 0, expected + 10)).toStrictEqual(sampleRows(event.seed, expected));
    }

    const [open] = inFlight;
    const interrupted = cache.results.get(open!.value)!;
    const printedRows = Math.max(
      ...events
        .filter((event) => event.kind === 'page' && event.seed === open!.seed)
        .map((event) => Number(event.value)),
    );
    expect(interrupted.status).toBe('interrupted');
    expect(interrupted.error).toBe(INTERRUPTED_MESSAGE);
    // At least what was reported committed survived, in whole pages, and those rows are exact.
    expect(interrupted.rowCount).toBeGreaterThanOrEqual(printedRows);
    expect(interrupted.rowCount % CRASH_PAGE_SIZE).toBe(0);
    expect(cache.results.readRows(open!.value, 0, 10_000)).toStrictEqual(sampleRows(open!.seed, interrupted.rowCount));
    expect(cache.results.list({ limit: 1_000 }).filter((meta) => meta.status === 'running')).toEqual([]);
  });
});
