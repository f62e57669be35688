import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/contract';
import { noProductFilters } from '../../shared/contract/explore';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';

/**
 * The explorer through the real core on a generated demo store, checked against the facts the
 * generator planted (quality collapse, promotion, stock-out) and against the warehouse itself.
 */
describe('explore on the demo store', () => {
  let core: Core;
  let dataDir: string;
  let planted: Record<string, { productId: number; productName: string; from?: string; to?: string }>;

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'ipc' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  const failure = async (method: MethodName, input: unknown) => {
    const reply = await core.router.invoke(method, input, { transport: 'ipc' });
    if (reply.ok) throw new Error(`${method} should have failed`);
    return reply.error;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-explore-'));
    core = createTestCore(dataDir);
    await core.demo.generate(0.1);
    const manifest = core.demo.manifest();
    planted = Object.fromEntries(
      (manifest?.plantedFacts ?? []).flatMap((fact) =>
        'productId' in fact && typeof fact.productId === 'number'
          ? [[fact.kind, fact as { productId: number; productName: string; from?: string; to?: string }]]
          : [],
      ),
    );
  }, 180_000);

  afterAll(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists every product with sales that match the warehouse, sorted, paged and filtered', async () => {
    const warehouse = await core.sources.warehouse('demo');
    const products = Number((await warehouse.query('SELECT count(*) FROM products')).rows[0]?.[0]);
    const first = await call('explore.products', { sourceId: 'demo', limit: 50 });
    expect(first.catalogueSize).toBe(products);
    expect(first.total).toBe(products);
    expect(first.reviews).toBe('ready');
    const revenues = first.rows.map((row) => row.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    const top = first.rows[0];
    if (!top) throw new Error('no products');
    const { start, end } = first.period.current;
    const direct = await warehouse.query(
      `SELECT sum(sale_price), count(*) FROM order_items
       WHERE product_id = ${Number(top.id)} AND status NOT IN ('Cancelled', 'Returned')
         AND created_at >= TIMESTAMP '${start}' AND created_at < TIMESTAMP '${end}'`,
    );
    expect(top.revenue).toBeCloseTo(Number(direct.rows[0]?.[0]), 2);
    expect(top.units).toBe(Number(direct.rows[0]?.[1]));
    expect(top.sparkline).toHaveLength(12);
    expect(top.imageUri).toMatch(/^images\/.+-front\.svg$/);

    const second = await call('explore.products', { sourceId: 'demo', offset: 25, limit: 25 });
    expect(second.rows.map((row) => row.id)).toEqual(first.rows.slice(25, 50).map((row) => row.id));

    const jeans = await call('explore.products', { sourceId: 'demo', filters: { categories: ['Jeans'] }, limit: 500 });
    expect(jeans.total).toBeGreaterThan(0);
    expect(jeans.total).toBeLessThan(products);
    expect(jeans.rows.every((row) => row.category === 'Jeans')).toBe(true);

    const named = await call('explore.products', { sourceId: 'demo', search: 'puffer jacket', limit: 500 });
    expect(named.rows.length).toBeGreaterThan(0);
    expect(named.rows.every((row) => /puffer jacket/i.test(row.name))).toBe(true);

    const cheap = await call('explore.products', {
      sourceId: 'demo',
      filters: { priceMax: 30 },
      sort: 'price',
      direction: 'asc',
      limit: 500,
    });
    expect(cheap.rows.every((row) => row.price !== null && row.price <= 30)).toBe(true);
    const prices = cheap.rows.map((row) => row.price ?? 0);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('finds the product whose quality collapsed: top complaint after its date, listed under quality complaints', async () => {
    const fact = planted['quality_collapse'];
    if (!fact?.from) throw new Error('no quality collapse planted');
    const id = String(fact.productId);
    const complaints = await call('explore.products', {
      sourceId: 'demo',
      filters: { complaintsAbout: 'quality' },
      sort: 'complaints',
    });
    expect(complaints.rows.map((row) => row.id)).toContain(id);
    expect(complaints.rows[0]?.id).toBe(id);
    // Far from every product complains: the filter picks out a few.
    expect(complaints.total).toBeLessThan(complaints.catalogueSize / 10);

    const page = await call('explore.product', { sourceId: 'demo', productId: id, reviewsSince: fact.from });
    expect(page.product.name).toBe(fact.productName);
    const topComplaint = [...page.aspects].sort((a, b) => b.complaints - a.complaints)[0];
    expect(topComplaint?.aspect).toBe('quality');
    expect(page.summary.points[0]).toMatchObject({ aspect: 'quality', polarity: 'negative' });
    expect(page.summary.points[0]?.quote).toMatch(/zip|seam|ripp|broke|fell apart|split|tore|came apart/i);
    expect(page.summary.headline).toContain('The top complaint is quality');

    // Before the date, quality complaints were rare; after it, they are most reviews.
    const before = await call('explore.reviews', { sourceId: 'demo', productId: id, until: fact.from, limit: 1 });
    const beforeQuality = await call('explore.reviews', {
      sourceId: 'demo',
      productId: id,
      until: fact.from,
      aspect: 'quality',
      polarity: 'negative',
      limit: 1,
    });
    const after = await call('explore.reviews', { sourceId: 'demo', productId: id, since: fact.from, limit: 1 });
    const afterQuality = await call('explore.reviews', {
      sourceId: 'demo',
      productId: id,
      since: fact.from,
      aspect: 'quality',
      polarity: 'negative',
      limit: 1,
    });
    expect(afterQuality.total / after.total).toBeGreaterThan(0.5);
    expect(beforeQuality.total / Math.max(1, before.total)).toBeLessThan(0.25);

    const rating = page.measures.find((measure) => measure.id === 'rating');
    expect(rating?.value ?? 5).toBeLessThan(rating?.previous ?? 0);
    expect(page.images.length).toBeGreaterThanOrEqual(2);
    expect(page.swatches[0]?.hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(page.ratingByMonth.length).toBeGreaterThan(6);
  });

  it('marks the planted promotion and stock-out on their products’ sales', async () => {
    const promotion = planted['promotion'];
    const stockOut = planted['stock_out'];
    if (!promotion?.from || !stockOut?.from || !stockOut.to) throw new Error('facts missing');
    const dress = await call('explore.product', { sourceId: 'demo', productId: String(promotion.productId) });
    expect(dress.events.some((event) => event.kind === 'promotion' && event.start === promotion.from)).toBe(true);
    const jeans = await call('explore.product', { sourceId: 'demo', productId: String(stockOut.productId) });
    const gap = jeans.events.find((event) => event.kind === 'stock_out');
    if (!gap) throw new Error('no stock-out found');
    // The sales data shows the whole gap; a quiet day or two either side of it may join it.
    const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    expect(gap.start <= stockOut.from && gap.end >= stockOut.to).toBe(true);
    expect(days(gap.start, gap.end) - days(stockOut.from, stockOut.to)).toBeLessThanOrEqual(3);
    expect(jeans.sales.length).toBeGreaterThan(100);
    expect(jeans.similar.length).toBeGreaterThan(0);
    expect(
      jeans.similar.every((card) => card.category === jeans.product.category && card.id !== jeans.product.id),
    ).toBe(true);
  });

  it('searches reviews with ranking and highlights, and filters them by aspect', async () => {
    const found = await call('explore.reviews', { sourceId: 'demo', query: 'zippers', limit: 10 });
    expect(found.total).toBeGreaterThan(0);
    const hit = found.reviews[0];
    const marked = hit?.highlights?.text[0] ?? hit?.highlights?.title[0];
    const source = hit?.highlights?.text[0] ? hit.text : (hit?.title ?? '');
    // Stemming: "zippers" finds "zipper".
    expect(marked && source.slice(marked.start, marked.end).toLowerCase()).toMatch(/^zipper/);
    const fit = await call('explore.reviews', { sourceId: 'demo', aspect: 'fit', polarity: 'negative', limit: 20 });
    expect(fit.reviews.length).toBeGreaterThan(0);
    expect(fit.reviews.every((review) => review.mentions.some((m) => m.aspect === 'fit' && m.score < 0))).toBe(true);
  });

  it('serves the source’s own product images only', async () => {
    const { rows } = await call('explore.products', { sourceId: 'demo', limit: 1 });
    const image = await call('explore.image', { sourceId: 'demo', uri: rows[0]?.imageUri ?? '' });
    expect(image.dataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(image.dataUrl.split(',')[1] ?? '', 'base64').toString('utf8')).toContain('<svg');
    // Anything the source's product_images table does not name is refused before any read or fetch.
    for (const uri of ['../cache.sqlite', '/etc/passwd', 'cache.sqlite', 'http://127.0.0.1:9/admin', 'gs://b/o.png']) {
      expect((await failure('explore.image', { sourceId: 'demo', uri })).code).toBe('not_found');
    }
  });

  it('answers Ask’s review questions with explorer results', async () => {
    const fact = planted['quality_collapse'];
    if (!fact) throw new Error('no quality collapse planted');
    const say = await call('ask.question', {
      sourceId: 'demo',
      question: `what do customers say about the ${fact.productName}`,
    });
    expect(say.explore).toMatchObject({ kind: 'product', productId: String(fact.productId) });
    expect(say.narrative[0]).toContain(fact.productName);
    const which = await call('ask.question', { sourceId: 'demo', question: 'which products have quality complaints' });
    if (which.explore?.kind !== 'complaints') throw new Error('expected a complaints hand-off');
    expect(which.explore.aspect).toBe('quality');
    expect(which.explore.products[0]?.product.id).toBe(String(fact.productId));
    expect(which.narrative[0]).toMatch(/products? ha(?:s|ve) a pattern of quality complaints/);
  });

  it('refuses BigQuery AI on a local source with a pointer to what runs locally', async () => {
    const error = await failure('explore.ai.estimate', { sourceId: 'demo', task: 'summary', productId: '1' });
    expect(error.message).toMatch(/local source/);
  });

  it('pins a product page as a report that refreshes like any other', async () => {
    const fact = planted['quality_collapse'];
    if (!fact) throw new Error('no quality collapse planted');
    const pinned = await call('explore.pin', { sourceId: 'demo', productId: String(fact.productId) });
    expect(pinned.title).toBe(`${fact.productName}: weekly sales and reviews`);
    const opened = await call('reports.get', { id: pinned.id });
    expect(opened.report.tags).toEqual(['explore']);
    expect(opened.spec).toMatchObject({ chart: { type: 'line', x: 0, y: [1, 2] }, productId: String(fact.productId) });
    expect((opened.spec as { narrative: string[] }).narrative[0]).toMatch(/reviews since/);
    const snapshot = opened.versions[0]?.snapshot as { columns: { name: string }[]; rowCount: number };
    expect(snapshot.columns.map((column) => column.name)).toEqual(['week', 'revenue', 'units']);
    expect(snapshot.rowCount).toBeGreaterThan(100);
    expect((await call('reports.refresh', { id: pinned.id })).version).toBe(2);
  });

  it('pins a filtered grid view as a report that refreshes, compares and exports like a table', async () => {
    const view = {
      sourceId: 'demo',
      filters: { complaintsAbout: 'quality' },
      sort: 'complaints',
    } as const;
    const pinned = await call('explore.pinView', view);
    expect(pinned).toMatchObject({ title: 'Quality complaints · by complaints', version: 1 });

    const grid = await call('explore.products', { ...view, limit: 500 });
    const opened = await call('reports.get', { id: pinned.id });
    expect(opened.report).toMatchObject({ kind: 'explore', sourceId: 'demo', tags: ['explore'] });
    expect(opened.spec).toEqual({
      view: {
        sourceId: 'demo',
        period: 'last_12_months',
        search: '',
        filters: { ...noProductFilters, complaintsAbout: 'quality' },
        sort: 'complaints',
        direction: 'desc',
      },
      chart: { type: 'bar', x: 0, y: [3] },
    });
    const snapshot = opened.versions[0]?.snapshot as {
      columns: { name: string }[];
      rows: (string | number | null)[][];
      rowCount: number;
      truncated: boolean;
      asOf: string;
    };
    const names = snapshot.columns.map((column) => column.name);
    expect(names).toEqual([
      'product',
      'category',
      'brand',
      'revenue',
      'growth_pct',
      'units',
      'return_rate',
      'rating',
      'reviews',
      'quality_complaints_pct',
      'product_id',
    ]);
    // The same products as the grid, in its order, with its numbers.
    expect(snapshot.rows.map((row) => row[names.indexOf('product_id')])).toEqual(grid.rows.map((card) => card.id));
    expect(snapshot.rows.map((row) => row[0])).toEqual(grid.rows.map((card) => card.name));
    snapshot.rows.forEach((row, index) => expect(row[3]).toBeCloseTo(grid.rows[index]?.revenue ?? NaN, 2));
    expect(snapshot.rows[0]?.[names.indexOf('quality_complaints_pct')]).toBeGreaterThanOrEqual(0.2);
    expect(snapshot).toMatchObject({ rowCount: grid.total, truncated: false, asOf: grid.asOf });

    // A refresh reads the products again into version 2; the versions compare product by product.
    const refreshed = await call('reports.refresh', { id: pinned.id });
    expect(refreshed.version).toBe(2);
    const again = await call('reports.get', { id: pinned.id });
    const second = again.versions[1]?.snapshot as typeof snapshot;
    expect(second.rows).toEqual(snapshot.rows);
    expect(second.asOf >= snapshot.asOf).toBe(true);
    const compared = await call('reports.compare', { id: pinned.id, before: 1, after: 2 });
    expect(compared.key).toEqual(['product', 'product_id']);
    expect(compared.measures).toEqual([
      'revenue',
      'growth_pct',
      'units',
      'return_rate',
      'rating',
      'reviews',
      'quality_complaints_pct',
    ]);
    expect(compared).toMatchObject({ added: 0, removed: 0 });
    expect(compared.rows).toHaveLength(grid.total);
    expect(compared.rows[0]?.before).toEqual(compared.rows[0]?.after);

    const exported = await call('reports.exportTable', { id: pinned.id, format: 'csv' });
    const lines = readFileSync(exported.path, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(names.join(','));
    expect(lines).toHaveLength(grid.total + 1);
    expect(exported).toMatchObject({ rows: grid.total, truncated: false });

    // The library lists it under its kind; a whole catalogue keeps its first 500 products.
    expect((await call('reports.list', { kind: 'explore' })).reports.map((report) => report.id)).toContain(pinned.id);
    const everything = await call('explore.pinView', { sourceId: 'demo', title: '  Every product  ' });
    expect(everything.title).toBe('Every product');
    const all = (await call('reports.get', { id: everything.id })).versions[0]?.snapshot as typeof snapshot;
    expect(all.rows).toHaveLength(500);
    expect(all).toMatchObject({ rowCount: grid.catalogueSize, truncated: true });
    expect(all.columns.map((column) => column.name)).toContain('top_complaint');
  });

  it('refuses a grid view it cannot read, saying which field is wrong', async () => {
    const rating = await failure('explore.pinView', { sourceId: 'demo', filters: { ratingMin: 7 } });
    expect(rating.code).toBe('invalid_input');
    expect(rating.field).toBe('filters.ratingMin');
    const unknown = await failure('explore.pinView', { sourceId: 'demo', filters: { colour: 'red' } });
    expect(unknown.code).toBe('invalid_input');
    const sort = await failure('explore.pinView', { sourceId: 'demo', sort: 'popularity' });
    expect(sort.field).toBe('sort');
    const paged = await failure('explore.pinView', { sourceId: 'demo', offset: 100 });
    expect(paged.code).toBe('invalid_input');
    const title = await failure('explore.pinView', { sourceId: 'demo', title: '   ' });
    expect(title.message).toMatch(/Give the report a title/);
  });
});
