import { afterEach, describe, expect, it } from 'vitest';
import { catchError } from './test-fixtures/catch-error';
import { openTempCache } from './test-fixtures/temp-cache';

const opened: Array<{ done: () => void }> = [];
afterEach(() => opened.splice(0).forEach((entry) => entry.done()));

const tempSources = () => {
  const temp = openTempCache();
  opened.push(temp);
  return temp.cache.sources;
};

describe('SourceStore', () => {
  it('adds, replaces by id (keeping the creation time), finds by name and lists by name', () => {
    const sources = tempSources();
    const local = sources.upsert({ name: 'Shop', kind: 'local', location: '/data/shop.duckdb' });
    expect(local).toMatchObject({ name: 'Shop', kind: 'local', location: '/data/shop.duckdb', model: null });

    const changed = sources.upsert({
      id: local.id,
      name: 'Shop (2026)',
      kind: 'local',
      location: '/data/shop-2026.duckdb',
      model: { tables: [{ name: 'orders', measures: ['revenue'] }] },
    });
    expect(changed).toMatchObject({ id: local.id, name: 'Shop (2026)', createdAt: local.createdAt });
    expect(changed.updatedAt > local.updatedAt).toBe(true);
    expect(changed.model).toEqual({ tables: [{ name: 'orders', measures: ['revenue'] }] });

    const bq = sources.upsert({ id: 'thelook', name: 'theLook', kind: 'bigquery', location: 'my-proj.thelook' });
    expect(sources.get('thelook')).toEqual(bq);
    expect(sources.getByName(' THELOOK ')?.id).toBe('thelook');
    expect(sources.getByName('nope')).toBeNull();
    expect(sources.list().map((source) => source.name)).toEqual(['Shop (2026)', 'theLook']);
  });

  it('refuses a second source with the same name, ignoring case', () => {
    const sources = tempSources();
    sources.upsert({ name: 'Shop', kind: 'local', location: '/a.duckdb' });
    const error = catchError(() => sources.upsert({ name: 'shop', kind: 'bigquery', location: 'p.d' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'name' });
    expect((error as Error).message).toMatch(/already exists/);
    expect(sources.list()).toHaveLength(1);
  });

  it('removes a source', () => {
    const sources = tempSources();
    const source = sources.upsert({ name: 'Shop', kind: 'local', location: '/a.duckdb' });
    expect(sources.remove(source.id)).toBe(true);
    expect(sources.get(source.id)).toBeNull();
    expect(sources.remove(source.id)).toBe(false);
  });
});
