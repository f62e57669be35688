import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { INTERRUPTED_MESSAGE } from './interrupt-abandoned';
import { cacheFilePath, openCache } from './open-cache';
import { catchError } from './test-fixtures/catch-error';
import { sampleColumns, sampleRows } from './test-fixtures/sample-rows';
import { makeTempDir, memoryLog, steppingClock } from './test-fixtures/temp-cache';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const tempPath = (...parts: string[]): { dir: string; path: string } => {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return { dir, path: join(dir, ...parts) };
};

const open = (path: string, options: Parameters<typeof openCache>[2] = {}) => {
  const log = memoryLog();
  const opened = openCache(path, log, { clock: steppingClock('2026-11-05T10:20:30.123Z'), ...options });
  cleanups.unshift(() => opened.cache.close());
  return { ...opened, log };
};

/** A closed cache file holding a few results, big enough that truncating it cuts through data. */
const writeRealCache = (path: string): void => {
  const { cache } = openCache(path, memoryLog(), { pageSize: 200 });
  for (let seed = 0; seed < 5; seed += 1) {
    const writer = cache.results.begin({ sourceId: 'demo', sql: `SELECT ${seed}`, columns: sampleColumns });
    writer.append(sampleRows(seed, 1_000));
    writer.finish();
  }
  cache.close();
};

const expectFreshWorkingCache = (opened: ReturnType<typeof open>): void => {
  expect(opened.cache.results.list()).toEqual([]);
  opened.cache.settings.set('works', true);
  expect(opened.cache.settings.keys()).toEqual(['works']);
  expect(opened.cache.db.pragma('integrity_check', { simple: true })).toBe('ok');
};

describe('openCache', () => {
  it('creates the folder and the file, with WAL, foreign keys, NORMAL sync and a busy timeout', () => {
    const { dir } = tempPath();
    const path = cacheFilePath(join(dir, 'nested', 'data'));
    expect(path.endsWith(join('nested', 'data', 'cache.sqlite'))).toBe(true);
    const { cache, notice } = open(path);
    expect(notice).toBeNull();
    expect(existsSync(path)).toBe(true);
    expect(cache.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(cache.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(cache.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(cache.db.pragma('busy_timeout', { simple: true })).toBe(5_000);
  });

  it('replaces a file of garbage bytes and says where the old file went', () => {
    const { dir, path } = tempPath('cache.sqlite');
    const garbage = randomBytes(64 * 1024);
    writeFileSync(path, garbage);
    writeFileSync(`${path}-wal`, randomBytes(1_000));

    const opened = open(path);
    const moved = `${path}.corrupt-2026-11-05T10-20-30-123Z`;
    expect(opened.notice).toContain(moved);
    expect(opened.notice).toMatch(/damaged/);
    expect(readFileSync(moved).equals(garbage)).toBe(true);
    expect(existsSync(`${moved}-wal`)).toBe(true);
    expect(opened.log.lines.some((line) => line.includes('is damaged'))).toBe(true);
    expectFreshWorkingCache(opened);
    // Only the moved set and the new cache's own files are left (the probe may have added a -shm to the set).
    expect(
      readdirSync(dir).every(
        (name) =>
          name.startsWith('cache.sqlite.corrupt-2026-11-05T10-20-30-123Z') ||
          ['cache.sqlite', 'cache.sqlite-wal', 'cache.sqlite-shm'].includes(name),
      ),
    ).toBe(true);
  });

  it('replaces a truncated database', () => {
    const { path } = tempPath('cache.sqlite');
    writeRealCache(path);
    const size = statSync(path).size;
    truncateSync(path, Math.floor(size / 2));

    const opened = open(path);
    expect(opened.notice).toMatch(/moved to .*cache\.sqlite\.corrupt-/);
    expect(statSync(`${path}.corrupt-2026-11-05T10-20-30-123Z`).size).toBe(Math.floor(size / 2));
    expectFreshWorkingCache(opened);
  });

  it('does not overwrite an earlier moved-aside file', () => {
    const { path } = tempPath('cache.sqlite');
    writeFileSync(path, 'not a database, first time');
    open(path).cache.close();
    writeFileSync(path, 'not a database, second time');
    const second = open(path);
    expect(second.notice).toContain('corrupt-2026-11-05T10-20-30-123Z-2');
    expect(readFileSync(`${path}.corrupt-2026-11-05T10-20-30-123Z`, 'utf8')).toBe('not a database, first time');
  });

  it('keeps a healthy file, and an empty one, as they are', () => {
    const { path } = tempPath('cache.sqlite');
    writeRealCache(path);
    const reopened = open(path);
    expect(reopened.notice).toBeNull();
    expect(reopened.cache.results.list()).toHaveLength(5);

    const empty = tempPath('empty.sqlite');
    writeFileSync(empty.path, '');
    expect(open(empty.path).notice).toBeNull();
  });

  it('marks work left running by a dead process as interrupted and leaves live writers alone', () => {
    const { path } = tempPath('cache.sqlite');
    const { cache } = openCache(path, memoryLog(), { pageSize: 10 });
    const dead = cache.results.begin({ sourceId: 'demo', sql: 'SELECT dead', columns: sampleColumns });
    dead.append(sampleRows(1, 25));
    const deadHistory = cache.history.add({ sourceId: 'demo', sql: 'SELECT dead', resultId: dead.id });
    const alive = cache.results.begin({ sourceId: 'demo', sql: 'SELECT alive', columns: sampleColumns });
    const done = cache.results.begin({ sourceId: 'demo', sql: 'SELECT done', columns: [] }).finish();
    // Pretend `dead` was written by process 999999999 and `alive` by process 424242.
    cache.db.prepare('UPDATE query_results SET writer_pid = 999999999 WHERE id = ?').run(dead.id);
    cache.db.prepare('UPDATE query_history SET writer_pid = 999999999 WHERE id = ?').run(deadHistory.id);
    cache.db.prepare('UPDATE query_results SET writer_pid = 424242 WHERE id = ?').run(alive.id);
    cache.close();

    const reopened = open(path, { isProcessAlive: (pid) => pid === 424242 });
    const results = reopened.cache.results;
    expect(results.get(dead.id)).toMatchObject({ status: 'interrupted', error: INTERRUPTED_MESSAGE, rowCount: 20 });
    expect(results.get(dead.id)!.finishedAt).not.toBeNull();
    expect(results.readRows(dead.id, 0, 100)).toStrictEqual(sampleRows(1, 20));
    expect(reopened.cache.history.get(deadHistory.id)!.status).toBe('interrupted');
    expect(results.get(alive.id)!.status).toBe('running');
    expect(results.get(done.id)!.status).toBe('complete');
    expect(reopened.log.lines.some((line) => line.includes('marked 1 result(s) and 1 history'))).toBe(true);
  });

  it('says what to do when the folder cannot be used', () => {
    const { path } = tempPath('a-file');
    writeFileSync(path, 'x');
    const error = catchError(() => openCache(join(path, 'cache.sqlite'), memoryLog()));
    expect(error).toBeInstanceOf(AisleError);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect((error as AisleError).message).toMatch(/could not open its cache .* Check that the folder exists/);
  });

  it('leaves other processes able to read while a result is written (WAL)', () => {
    const { path } = tempPath('cache.sqlite');
    const { cache } = open(path, { pageSize: 10 });
    const writer = cache.results.begin({ sourceId: 'demo', sql: 'SELECT 1', columns: sampleColumns });
    writer.append(sampleRows(1, 30));
    const reader = new Database(path, { readonly: true });
    cleanups.unshift(() => reader.close());
    expect(reader.prepare('SELECT row_count FROM query_results').get()).toEqual({ row_count: 30 });
  });
});
