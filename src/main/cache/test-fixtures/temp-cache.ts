import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../../core/logger';
import type { Cache } from '../cache';
import type { Clock } from '../clock';
import { openCache, type OpenCacheOptions, type OpenedCache } from '../open-cache';

/** A fresh folder under the OS temp dir; `cleanup` removes it and everything in it. */
export const makeTempDir = (): { dir: string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-cache-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

/** A Log that keeps its lines, so tests can check what was said. */
export const memoryLog = (): Log & { lines: string[] } => {
  const lines: string[] = [];
  const log = (message: string): void => {
    lines.push(message);
  };
  return Object.assign(log, { lines });
};

/** A clock that starts at `start` and moves `stepMs` forward on every reading. */
export const steppingClock = (start = '2026-11-01T09:00:00.000Z', stepMs = 1_000): Clock => {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += stepMs;
    return now;
  };
};

/** Opens a cache in a fresh temp folder; `done` closes it and removes the folder. */
export const openTempCache = (
  options: OpenCacheOptions = {},
): OpenedCache & { dir: string; path: string; done: () => void } => {
  const { dir, cleanup } = makeTempDir();
  const path = join(dir, 'cache.sqlite');
  const opened = openCache(path, memoryLog(), { clock: steppingClock(), ...options });
  const done = (): void => {
    closeQuietly(opened.cache);
    cleanup();
  };
  return { ...opened, dir, path, done };
};

const closeQuietly = (cache: Cache): void => {
  if (cache.db.open) cache.db.close();
};
