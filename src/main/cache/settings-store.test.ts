import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openCache } from './open-cache';
import { memoryLog, openTempCache } from './test-fixtures/temp-cache';

const opened: Array<{ done: () => void }> = [];
afterEach(() => opened.splice(0).forEach((entry) => entry.done()));

const tempCache = () => {
  const temp = openTempCache();
  opened.push(temp);
  return temp.cache;
};

const Budget = z.object({ maxBytes: z.number(), warn: z.boolean() });

describe('SettingsStore', () => {
  it('stores, replaces and deletes JSON values by key', () => {
    const { settings } = tempCache();
    expect(settings.get('budget', Budget)).toBeUndefined();
    settings.set('budget', { maxBytes: 10_000_000_000, warn: true });
    expect(settings.get('budget', Budget)).toEqual({ maxBytes: 10_000_000_000, warn: true });
    settings.set('budget', { maxBytes: 1, warn: false });
    expect(settings.get('budget', Budget)).toEqual({ maxBytes: 1, warn: false });
    settings.set('theme', 'dark');
    settings.set('recent', ['a', 'b']);
    settings.set('nothing', null);
    expect(settings.get('nothing', z.null())).toBeNull();
    expect(settings.keys()).toEqual(['budget', 'nothing', 'recent', 'theme']);
    expect(settings.delete('theme')).toBe(true);
    expect(settings.delete('theme')).toBe(false);
    expect(settings.get('theme', z.string())).toBeUndefined();
  });

  it('reads a value that no longer fits its schema (or is not JSON) as missing', () => {
    const cache = tempCache();
    cache.settings.set('budget', { maxBytes: 'lots' });
    expect(cache.settings.get('budget', Budget)).toBeUndefined();
    cache.db.prepare("INSERT INTO settings (key, value_json) VALUES ('broken', '{not json')").run();
    expect(cache.settings.get('broken', z.unknown())).toBeUndefined();
  });

  it('survives closing and reopening the file', () => {
    const temp = openTempCache();
    opened.push(temp);
    temp.cache.settings.set('k', { a: [1, 2] });
    temp.cache.close();
    const { cache } = openCache(temp.path, memoryLog());
    expect(cache.settings.get('k', z.object({ a: z.array(z.number()) }))).toEqual({ a: [1, 2] });
    cache.close();
  });
});
