import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { readDeckReports } from './deck-report';
import { packageProblems } from './test-package';
import { openDeck, seriesOf } from './test-pptx';
import {
  addForecastReport,
  addSqlReport,
  cachesClosedAfterEach,
  categoryColumns,
  categoryRows,
  DECK_NOW as NOW,
  deckOptions as options,
  sampleForecast,
} from './test-reports';

/** Decks of explorer views, and money in each report's own currency. */

const newCache = cachesClosedAfterEach();

describe('an explorer view in a deck', () => {
  it('charts the top of the view natively, names the rest and gives the view in the notes', async () => {
    const cache = newCache();
    const products = Array.from({ length: 20 }, (_, index) => [
      `Jacket ${index + 1}`,
      'Outerwear & Coats',
      1000 - index * 40,
      0.3 - index * 0.01,
    ]);
    const report = cache.reports.create({
      title: 'Quality complaints · by complaints',
      kind: 'explore',
      sourceId: 'demo',
      spec: {
        view: {
          sourceId: 'demo',
          period: 'last_12_months',
          search: '',
          filters: {
            departments: [],
            categories: ['Outerwear & Coats'],
            brands: [],
            priceMin: null,
            priceMax: null,
            ratingMin: null,
            sentiment: null,
            complaintsAbout: 'quality',
          },
          sort: 'complaints',
          direction: 'desc',
        },
        chart: { type: 'bar', x: 0, y: [2] },
      },
      tags: ['explore'],
    });
    cache.reports.addVersion(report.id, {
      snapshot: {
        columns: [
          { name: 'product', type: 'VARCHAR' },
          { name: 'category', type: 'VARCHAR' },
          { name: 'revenue', type: 'DOUBLE' },
          { name: 'quality_complaints_pct', type: 'DOUBLE' },
        ],
        rows: products,
        rowCount: products.length,
        truncated: false,
        asOf: '2026-11-20T10:15:00.000Z',
        bytesProcessed: null,
        bytesBilled: null,
      },
    });
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [report.id]), options));
    expect(deck.slideCount).toBe(2);
    const chart = await deck.chartOf(2);
    expect(chart?.xml).toContain('<c:barChart>');
    const [revenue] = seriesOf(chart!.xml);
    // The first 15 products of the view, in its order, with their revenue.
    expect(revenue?.categories).toEqual(products.slice(0, 15).map((row) => row[0]));
    expect(revenue?.values).toEqual(products.slice(0, 15).map((row) => row[2]));
    expect(await deck.slideText(2)).toContain('Shows the first 15 of 20 products in the view');
    const notes = await deck.notesText(2);
    expect(notes).toContain('Explorer view:');
    expect(notes).toMatch(/Complaints about: Quality/);
    expect(notes).not.toContain('SQL:');
  });
});

describe('money in a deck', () => {
  it('writes each report’s money in its source’s currency, and plain numbers when that is not known', async () => {
    const cache = newCache();
    const revenue = (sourceId: string) =>
      addSqlReport(cache, {
        title: `Revenue by category (${sourceId})`,
        sourceId,
        columns: categoryColumns,
        rows: categoryRows,
        chart: { type: 'bar', x: 0, y: [1] },
      });
    const ids = [
      revenue('uk-shop'),
      revenue('bq:shop.sales'),
      addForecastReport(cache, 'Next 8 weeks', { ...sampleForecast(), sourceId: 'uk-shop' }),
    ];
    const pptx = await buildDeck(readDeckReports(cache, ids), {
      sourceNames: { 'uk-shop': 'UK shop', 'bq:shop.sales': 'shop.sales' },
      sourceCurrencies: { 'uk-shop': 'GBP', 'bq:shop.sales': null },
      now: NOW,
    });
    const deck = await openDeck(pptx);

    const pounds = await deck.chartOf(2);
    expect(pounds!.xml).toContain('<c:formatCode>"£"#,##0</c:formatCode>');
    expect(pounds!.xml).toContain('formatCode="&quot;£&quot;#,##0"');
    expect(await deck.slideText(2)).toContain('Total revenue: £2,751');

    const plain = await deck.chartOf(3);
    expect(plain!.xml).toContain('<c:formatCode>#,##0</c:formatCode>');
    const plainText = await deck.slideText(3);
    expect(plainText).toContain('Total revenue: 2,751');
    expect(plainText).not.toMatch(/[$£]/);

    const forecast = await deck.chartOf(4);
    expect(forecast!.xml).toContain('formatCode="&quot;£&quot;#,##0"');
    expect(await deck.slideText(4)).toContain('Next week (2026-08-03): £1,300, 95% interval £1,200 to £1,400');
    expect(await packageProblems(pptx)).toEqual([]);
  });
});
