import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';

// Lines worth 1,000 + 200 + 34 = 1,234 in whatever the file's money is.
const CSV = [
  'Invoice,Date,Item,Qty,Price,Shop',
  'A1,2024-03-01,Linen shirt,10,100,Leeds',
  'A2,2024-03-02,Wool scarf,2,100,York',
  'A3,2024-03-03,Canvas tote,1,34,York',
].join('\n');

/** A source's currency through the real core: chosen at import, changed in Settings, kept in the cache. */
describe('source currency', () => {
  let dataDir: string;
  let core: Core;

  const reply = (method: MethodName, input: unknown) => core.router.invoke(method, input, { transport: 'ipc' });
  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const answer = await reply(method, input);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as MethodOutput<M>;
  };
  const currencyOf = async (id: string): Promise<string | null | undefined> =>
    (await call('sources.list', {})).sources.find((source) => source.id === id)?.currency;
  const narrative = async (sourceId: string): Promise<string> => {
    const answer = await call('ask.question', { sourceId, question: 'total revenue' });
    if (answer.kind !== 'answer') throw new Error(`expected an answer, got ${answer.kind}`);
    return answer.narrative.join(' ');
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-currency-'));
    core = createTestCore(dataDir);
  });

  afterEach(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prices the built-in sources in US dollars, for good', async () => {
    expect(await currencyOf('demo')).toBe('USD');
    expect(await currencyOf('thelook')).toBe('USD');
    const refused = await reply('sources.setCurrency', { id: 'demo', currency: 'EUR' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/built in and priced in US dollars/);
  });

  it('imports a file in pounds, says so in Ask, and follows a change of currency', { timeout: 60_000 }, async () => {
    const file = join(dataDir, 'uk-shop.csv');
    writeFileSync(file, `${CSV}\n`);
    const imported = await call('import.run', { path: file, name: 'UK shop', currency: 'GBP' });
    expect(imported.source).toMatchObject({ id: 'uk-shop', currency: 'GBP' });
    expect(await currencyOf('uk-shop')).toBe('GBP');
    expect(await narrative('uk-shop')).toContain('£1,234');

    // Not known: plain numbers, no symbol at all.
    await call('sources.setCurrency', { id: 'uk-shop', currency: null });
    const plain = await narrative('uk-shop');
    expect(plain).toContain('1,234');
    expect(plain).not.toMatch(/[$£€¥]/);

    const list = await call('sources.setCurrency', { id: 'uk-shop', currency: 'EUR' });
    expect(list.sources.find((source) => source.id === 'uk-shop')?.currency).toBe('EUR');
    expect(await narrative('uk-shop')).toContain('€1,234');

    // Kept in the cache: a restart still knows it, and the source still opens.
    await core.stop();
    core = createTestCore(dataDir);
    expect(await currencyOf('uk-shop')).toBe('EUR');
  });

  it('leaves an import without a currency unknown, and refuses a code that is not one', async () => {
    const file = join(dataDir, 'shop.csv');
    writeFileSync(file, `${CSV}\n`);
    const refused = await reply('import.run', { path: file, name: 'Shop', currency: 'QQQ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const imported = await call('import.run', { path: file, name: 'Shop' });
    expect(imported.source.currency).toBeNull();
    expect(await currencyOf('shop')).toBeNull();
  });

  it('reads sources kept before currencies existed (or with a code it cannot use) as unknown', async () => {
    const old = { kind: 'import', description: 'Imported earlier.', mapping: { date: 'Date' }, rowsLoaded: 3 };
    core.cache.sources.upsert({ id: 'old', name: 'Old', kind: 'local', location: '/gone/old.duckdb', model: old });
    core.cache.sources.upsert({
      id: 'odd',
      name: 'Odd',
      kind: 'local',
      location: '/gone/odd.duckdb',
      model: { ...old, currency: 'pounds' },
    });
    expect(await currencyOf('old')).toBeNull();
    expect(await currencyOf('odd')).toBeNull();
  });

  it('starts an added dataset unknown, keeps its chosen currency when added again, and refuses unadded ones', async () => {
    const ref = { projectId: 'my-project', datasetId: 'sales', location: 'EU' };
    expect(core.sources.addBigQuery(ref).currency).toBeNull();
    await call('sources.setCurrency', { id: 'bq:my-project.sales', currency: 'CHF' });
    // Adding it again (Settings, or listing its tables) keeps what the person chose.
    expect(core.sources.addBigQuery(ref, ['order_items', 'products', 'users']).currency).toBe('CHF');
    expect(core.sources.semanticModel('bq:my-project.sales')).not.toBeNull();
    // Publishing the demo store there says dollars.
    expect(core.sources.addBigQuery(ref, ['order_items', 'products', 'users'], 'USD').currency).toBe('USD');
    await core.stop();
    core = createTestCore(dataDir);
    expect(await currencyOf('bq:my-project.sales')).toBe('USD');

    const unadded = await reply('sources.setCurrency', { id: 'bq:other-project.sales', currency: 'EUR' });
    expect(unadded.ok ? '' : unadded.error.message).toMatch(/add the dataset in Settings first/);
  });
});
