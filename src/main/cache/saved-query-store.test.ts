import { afterEach, describe, expect, it } from 'vitest';
import { catchError } from './test-fixtures/catch-error';
import { openTempCache } from './test-fixtures/temp-cache';

const opened: Array<{ done: () => void }> = [];
afterEach(() => opened.splice(0).forEach((entry) => entry.done()));

const tempStore = () => {
  const temp = openTempCache();
  opened.push(temp);
  return temp.cache.savedQueries;
};

describe('SavedQueryStore', () => {
  it('saves, and saving the same name again replaces the SQL and tags but keeps the identity', () => {
    const store = tempStore();
    const first = store.save({
      sourceId: 'demo',
      name: ' Top products ',
      sql: 'SELECT 1',
      tags: ['sales', ' ', 'Sales', 'kpi'],
    });
    expect(first).toMatchObject({ name: 'Top products', sql: 'SELECT 1', tags: ['sales', 'kpi'] });

    const second = store.save({ sourceId: 'demo', name: 'top PRODUCTS', sql: 'SELECT 2', tags: ['weekly'] });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ name: 'top PRODUCTS', sql: 'SELECT 2', tags: ['weekly'] });
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);

    // The same name under another source is a different query.
    const other = store.save({ sourceId: 'bq', name: 'Top products', sql: 'SELECT 3' });
    expect(other.id).not.toBe(first.id);
    expect(store.list()).toHaveLength(2);
    expect(catchError(() => store.save({ sourceId: 'demo', name: '  ', sql: 'x' }))).toMatchObject({
      code: 'invalid_input',
      field: 'name',
    });
  });

  it('renames, refusing a name already taken in the same source', () => {
    const store = tempStore();
    const a = store.save({ sourceId: 'demo', name: 'A', sql: 'SELECT 1' });
    store.save({ sourceId: 'demo', name: 'B', sql: 'SELECT 2' });
    expect(store.rename(a.id, 'C')).toMatchObject({ id: a.id, name: 'C', sql: 'SELECT 1' });
    const error = catchError(() => store.rename(a.id, 'b'));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'name' });
    expect((error as Error).message).toMatch(/already exists .* Choose another name/);
    expect(store.get(a.id)!.name).toBe('C');
    expect(catchError(() => store.rename('missing', 'D'))).toMatchObject({ code: 'not_found' });
  });

  it('lists by name, filtered by source, tag and words in the name or SQL', () => {
    const store = tempStore();
    store.save({
      sourceId: 'demo',
      name: 'Revenue by month',
      sql: 'SELECT month, sum(x) FROM orders',
      tags: ['Finance'],
    });
    store.save({ sourceId: 'demo', name: 'churn', sql: 'SELECT * FROM customers', tags: ['retention', 'finance'] });
    store.save({ sourceId: 'bq', name: 'Basket size', sql: 'SELECT avg(items) FROM orders', tags: ['ops'] });

    expect(store.list().map((query) => query.name)).toEqual(['Basket size', 'churn', 'Revenue by month']);
    expect(store.list({ sourceId: 'demo' }).map((query) => query.name)).toEqual(['churn', 'Revenue by month']);
    expect(store.list({ tag: 'FINANCE' }).map((query) => query.name)).toEqual(['churn', 'Revenue by month']);
    expect(store.list({ tag: 'fin' })).toEqual([]);
    expect(store.list({ search: 'orders' }).map((query) => query.name)).toEqual(['Basket size', 'Revenue by month']);
    expect(store.list({ search: 'month orders' }).map((query) => query.name)).toEqual(['Revenue by month']);
    expect(store.list({ search: 'customers', tag: 'retention', sourceId: 'demo' }).map((query) => query.name)).toEqual([
      'churn',
    ]);
  });

  it('deletes', () => {
    const store = tempStore();
    const query = store.save({ sourceId: 'demo', name: 'A', sql: 'SELECT 1' });
    expect(store.delete(query.id)).toBe(true);
    expect(store.delete(query.id)).toBe(false);
    expect(store.list()).toEqual([]);
  });
});
