import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { migrate, readUserVersion } from './migrate';
import { latestVersion, loadCacheMigrations, migrationsFromFiles, type Migration } from './migrations';
import { openCache } from './open-cache';
import { catchError } from './test-fixtures/catch-error';
import { makeTempDir, memoryLog } from './test-fixtures/temp-cache';

const shipped = loadCacheMigrations();
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const tempDb = (): { path: string; db: Database.Database } => {
  const { dir, cleanup } = makeTempDir();
  const path = join(dir, 'cache.sqlite');
  const db = new Database(path);
  cleanups.push(() => {
    if (db.open) db.close();
    cleanup();
  });
  return { path, db };
};

const tables = (db: Database.Database): string[] =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);

const columns = (db: Database.Database, table: string): string[] =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`)
    .all()
    .map((row) => row.name);

const schemaText = (db: Database.Database): string =>
  db
    .prepare<[], { sql: string | null }>('SELECT sql FROM sqlite_master ORDER BY name')
    .all()
    .map((row) => row.sql)
    .join('\n');

describe('shipped migrations', () => {
  it('are numbered 1, 2, 3… and the latest is the schema version', () => {
    expect(shipped.map((migration) => migration.version)).toEqual(shipped.map((_, index) => index + 1));
    expect(shipped[0]?.name).toBe('001_initial');
    expect(latestVersion(shipped)).toBe(shipped.length);
  });

  it('001_initial creates every table with its columns and sets user_version 1', () => {
    const { db } = tempDb();
    const first = shipped.slice(0, 1);
    expect(migrate(db, first)).toEqual({ from: 0, to: 1, applied: ['001_initial'] });
    expect(readUserVersion(db)).toBe(1);
    expect(tables(db)).toEqual([
      'chat_messages',
      'chats',
      'query_history',
      'query_results',
      'report_versions',
      'reports',
      'result_pages',
      'saved_queries',
      'settings',
      'sources',
    ]);
    const expected: Record<string, string[]> = {
      sources: ['id', 'name', 'kind', 'location', 'model_json', 'created_at', 'updated_at'],
      query_results: [
        'id',
        'source_id',
        'sql',
        'params_json',
        'columns_json',
        'page_size',
        'row_count',
        'status',
        'error',
        'started_at',
        'finished_at',
        'elapsed_ms',
        'bytes_processed',
        'bytes_billed',
        'cache_hit',
        'estimate_bytes',
        'writer_pid',
      ],
      result_pages: ['result_id', 'page_index', 'first_row', 'row_count', 'data'],
      query_history: [
        'id',
        'source_id',
        'sql',
        'params_json',
        'status',
        'error',
        'started_at',
        'finished_at',
        'elapsed_ms',
        'row_count',
        'bytes_processed',
        'bytes_billed',
        'cache_hit',
        'result_id',
        'writer_pid',
      ],
      saved_queries: ['id', 'source_id', 'name', 'sql', 'tags_json', 'created_at', 'updated_at'],
      chats: ['id', 'source_id', 'title', 'created_at', 'updated_at'],
      chat_messages: ['id', 'chat_id', 'seq', 'role', 'content_json', 'created_at'],
      reports: ['id', 'title', 'kind', 'source_id', 'spec_json', 'tags_json', 'created_at', 'updated_at'],
      report_versions: ['report_id', 'version', 'result_id', 'snapshot_json', 'created_at'],
      settings: ['key', 'value_json'],
    };
    for (const [table, names] of Object.entries(expected)) expect(columns(db, table), table).toEqual(names);
    // Foreign keys the stores rely on for cascades.
    const keys = db
      .prepare<[], { tbl: string; from: string; table: string; on_delete: string }>(
        `SELECT m.name AS tbl, f."from", f."table", f.on_delete
         FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY m.name, f."from"`,
      )
      .all();
    expect(keys).toEqual([
      { tbl: 'chat_messages', from: 'chat_id', table: 'chats', on_delete: 'CASCADE' },
      { tbl: 'query_history', from: 'result_id', table: 'query_results', on_delete: 'SET NULL' },
      { tbl: 'report_versions', from: 'report_id', table: 'reports', on_delete: 'CASCADE' },
      { tbl: 'report_versions', from: 'result_id', table: 'query_results', on_delete: 'SET NULL' },
      { tbl: 'result_pages', from: 'result_id', table: 'query_results', on_delete: 'CASCADE' },
    ]);
  });

  it('applies every shipped migration from an empty file, and a second run is a no-op', () => {
    const { db } = tempDb();
    expect(migrate(db, shipped).to).toBe(latestVersion(shipped));
    const before = schemaText(db);
    expect(migrate(db, shipped)).toEqual({ from: latestVersion(shipped), to: latestVersion(shipped), applied: [] });
    expect(schemaText(db)).toBe(before);
  });
});

describe('migrate', () => {
  it('re-opening a cache applies nothing and keeps the data', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'cache.sqlite');
    const log = memoryLog();
    const first = openCache(path, log);
    first.cache.settings.set('theme', 'dark');
    first.cache.close();
    expect(log.lines.some((line) => line.includes('schema 0 -> 1'))).toBe(true);

    const again = memoryLog();
    const second = openCache(path, again);
    expect(again.lines.some((line) => line.includes('schema'))).toBe(false);
    expect(readUserVersion(second.cache.db)).toBe(latestVersion(shipped));
    expect(second.cache.settings.keys()).toEqual(['theme']);
    second.cache.close();
  });

  it('refuses a cache newer than the code and leaves the file untouched', () => {
    const { path, db } = tempDb();
    db.exec('CREATE TABLE from_the_future (x TEXT)');
    db.pragma(`user_version = ${latestVersion(shipped) + 1}`);
    db.close();
    const bytes = readFileSync(path);

    const thrown = catchError(() => openCache(path, memoryLog()));
    expect(thrown).toBeInstanceOf(AisleError);
    expect((thrown as AisleError).code).toBe('unavailable');
    expect((thrown as AisleError).message).toMatch(/written by a newer version of Aisle/);
    expect((thrown as AisleError).message).toMatch(/Update Aisle/);
    expect(readFileSync(path).equals(bytes)).toBe(true);

    // The runner itself refuses too, whoever calls it.
    const direct = new Database(path);
    cleanups.push(() => direct.close());
    expect(() => migrate(direct, shipped)).toThrow(/newer version of Aisle/);
    expect(readUserVersion(direct)).toBe(latestVersion(shipped) + 1);
  });

  it('rolls a failing migration list back entirely: no partial tables, user_version unchanged', () => {
    const { db } = tempDb();
    const bad: Migration[] = [
      ...shipped,
      {
        version: shipped.length + 1,
        name: 'bad',
        sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO half_done VALUES (1); THIS IS NOT SQL;',
      },
    ];
    expect(() => migrate(db, bad)).toThrow(AisleError);
    expect(readUserVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);

    // From a migrated file, a failing later step leaves the earlier schema and data as they were.
    migrate(db, shipped);
    db.prepare("INSERT INTO settings (key, value_json) VALUES ('kept', '1')").run();
    const before = schemaText(db);
    expect(() => migrate(db, bad)).toThrow(/could not update its cache \(step bad failed\)/);
    expect(readUserVersion(db)).toBe(shipped.length);
    expect(schemaText(db)).toBe(before);
    expect(tables(db)).not.toContain('half_done');
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
  });

  it('applies only the steps above the current version, in order', () => {
    const { db } = tempDb();
    const steps: Migration[] = [
      { version: 1, name: '001_a', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: '002_b', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO a VALUES (2);' },
      { version: 3, name: '003_c', sql: 'ALTER TABLE b ADD COLUMN y TEXT;' },
    ];
    expect(migrate(db, steps.slice(0, 1)).applied).toEqual(['001_a']);
    expect(migrate(db, steps)).toEqual({ from: 1, to: 3, applied: ['002_b', '003_c'] });
    expect(columns(db, 'b')).toEqual(['x', 'y']);
    expect(db.prepare('SELECT x FROM a').all()).toEqual([{ x: 2 }]);
  });
});

describe('migrationsFromFiles', () => {
  it('orders by number and names each step after its file', () => {
    const list = migrationsFromFiles([
      { path: 'cache/002_add_tags.sql', sql: 'B' },
      { path: 'cache/001_initial.sql', sql: 'A' },
    ]);
    expect(list).toEqual([
      { version: 1, name: '001_initial', sql: 'A' },
      { version: 2, name: '002_add_tags', sql: 'B' },
    ]);
  });

  it('refuses gaps, duplicates and badly named files', () => {
    expect(() => migrationsFromFiles([{ path: 'cache/002_x.sql', sql: '' }])).toThrow(/expected version 1/);
    expect(() =>
      migrationsFromFiles([
        { path: 'cache/001_a.sql', sql: '' },
        { path: 'cache/001_b.sql', sql: '' },
      ]),
    ).toThrow(/expected version 2/);
    expect(() => migrationsFromFiles([{ path: 'cache/1_initial.sql', sql: '' }])).toThrow(/not named like/);
  });
});
