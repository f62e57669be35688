import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PROJECT, startFakeGoogle, type FakeGoogle } from '../../../test/google-fakes/fake-google-server';
import { fakeGoogleEnv, signedInCore } from '../../../test/google-fakes/signed-in-core';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';

/**
 * "On a plane": a BigQuery source's products, product pages, forecasts and member lists read
 * online yesterday open today in a restarted app with Google unreachable, each saying so, and
 * what was never read says what it needs.
 */
describe('a BigQuery source after a restart with no network', () => {
  let google: FakeGoogle;
  let core: Core;
  let dataDir: string;
  let sourceId: string;
  const forecastRequest = { level: 'category', top: 3, grain: 'month', horizon: 3 } as const;

  const invoke = (method: MethodName, input: unknown) => core.router.invoke(method, input, { transport: 'http' });
  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await invoke(method, input);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };

  let online: {
    products: MethodOutput<'explore.products'>;
    product: MethodOutput<'explore.product'>;
    forecast: MethodOutput<'forecast.run'>;
    members: MethodOutput<'forecast.members'>;
  };

  beforeAll(async () => {
    google = await startFakeGoogle();
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-offline-restart-'));
    core = await signedInCore(dataDir, google);
    await core.demo.generate(0.02);
    sourceId = (await call('demo.publish', { projectId: FAKE_PROJECT, datasetId: 'shop' })).source.id;

    // Yesterday, online: the product list, one product's page, a forecast and a member list.
    const products = await call('explore.products', { sourceId, limit: 5 });
    const first = products.rows[0];
    if (!first) throw new Error('the published store has no products');
    online = {
      products,
      product: await call('explore.product', { sourceId, productId: first.id }),
      forecast: await call('forecast.run', { sourceId, ...forecastRequest }),
      members: await call('forecast.members', { sourceId, level: 'category', measure: 'revenue' }),
    };
    expect(online.products.offlineNote).toBeNull();
    expect(online.product.offlineNote).toBeNull();

    // Today: Google is gone and the app starts again on the same data folder.
    await core.stop();
    await google.close();
    core = createTestCore(dataDir, fakeGoogleEnv(google));
    expect((await call('network.recheck', {})).state).toBe('offline');
  }, 240_000);

  afterAll(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the product list and a product page opened before, as they were read', async () => {
    const products = await call('explore.products', { sourceId, limit: 5 });
    expect(products.rows.map((row) => [row.id, row.revenue, row.reviews])).toEqual(
      online.products.rows.map((row) => [row.id, row.revenue, row.reviews]),
    );
    expect(products.asOf).toBe(online.products.asOf);
    expect(products.offlineNote).toMatch(/^Offline: the products as read on \d+ \w{3} \d{4} \d\d:\d\d UTC/);

    const product = await call('explore.product', { sourceId, productId: online.product.product.id });
    expect(product.sales).toEqual(online.product.sales);
    expect(product.measures).toEqual(online.product.measures);
    expect(product.images).toEqual(online.product.images);
    expect(product.summary).toEqual(online.product.summary);
    expect(product.asOf).toBe(online.product.asOf);
    expect(product.offlineNote).toMatch(/^Offline: this product’s sales as read on /);
  });

  it('says what it needs for products never listed on this computer', async () => {
    const reply = await invoke('explore.products', { sourceId, period: 'last_3_months', limit: 5 });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('unavailable');
      expect(reply.error.message).toMatch(/You are offline, and .* products were not opened on this computer before/);
    }
  });

  it('opens a product never opened with what the list knows, saying what is missing', async () => {
    const other = online.products.rows[1];
    if (!other) throw new Error('the published store has one product only');
    const product = await call('explore.product', { sourceId, productId: other.id });
    expect(product.sales).toEqual([]);
    expect(product.images).toEqual([]);
    expect(product.measures.find((measure) => measure.id === 'revenue')?.value).toBeCloseTo(other.revenue, 6);
    // Reviews come from this computer's index, offline too.
    expect(product.measures.find((measure) => measure.id === 'reviews')?.value).toBe(other.reviews);
    expect(product.offlineNote).toMatch(/was not opened before Google became unreachable/);
  });

  it('opens the forecast made before, and refuses a new one with the reason', async () => {
    const forecast = await call('forecast.run', { sourceId, ...forecastRequest });
    expect(forecast.series).toEqual(online.forecast.series);
    expect(forecast.asOf).toBe(online.forecast.asOf);
    expect(forecast.notes[0]).toMatch(/^Offline: this is the forecast made on /);

    const members = await call('forecast.members', { sourceId, level: 'category', measure: 'revenue' });
    expect(members).toEqual(online.members);

    const reply = await invoke('forecast.run', { sourceId, ...forecastRequest, horizon: 5 });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('unavailable');
      expect(reply.error.message).toMatch(/You are offline, and this forecast .* was not made before/);
    }
  });

  it('pins the kept forecast as a report, offline, as it was made', async () => {
    const pinned = await call('forecast.pin', { request: { sourceId, ...forecastRequest }, title: 'Categories ahead' });
    const report = await call('reports.get', { id: pinned.id });
    const snapshot = report.versions[0]?.snapshot as { forecast?: { asOf: string; notes: string[] } } | undefined;
    expect(snapshot?.forecast?.asOf).toBe(online.forecast.asOf);
    // The report keeps no "Offline" note: its "as of" says when the forecast was made.
    expect(snapshot?.forecast?.notes.some((note) => note.startsWith('Offline'))).toBe(false);

    // Ask's pin names the members it showed (the top 3 categories): the same kept forecast.
    const members = online.forecast.series.map((series) => series.key).reverse();
    const named = await call('forecast.pin', {
      request: { sourceId, ...forecastRequest, members },
      title: 'The three categories',
    });
    const namedReport = await call('reports.get', { id: named.id });
    const namedSnapshot = namedReport.versions[0]?.snapshot as { forecast?: { series: unknown } } | undefined;
    expect(namedSnapshot?.forecast?.series).toEqual(online.forecast.series);
  });

  it('refuses to list members never listed here, saying so', async () => {
    const reply = await invoke('forecast.members', { sourceId, level: 'department', measure: 'units' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/members of this level were not listed before/);
  });
});
