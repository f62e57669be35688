import { describe, expect, it } from 'vitest';
import { pinReport } from '../../reports/pin-report';
import { buildDeck, TABLE_ROWS } from './build-deck';
import { MAX_CATEGORIES } from './chart-plan';
import { readDeckReports } from './deck-report';
import { column, openDeck, seriesOf } from './test-pptx';
import { MAX_FORECAST_SERIES } from './forecast-several';
import {
  addForecastReport,
  addSqlReport,
  cachesClosedAfterEach,
  categoryColumns,
  categoryForecast,
  categoryRows,
  deckOptions as options,
  monthColumns,
  sampleForecast,
} from './test-reports';

const newCache = cachesClosedAfterEach();

const monthRows = [
  ['2026-01-01', 100, 5],
  ['2026-02-01', 140, 7],
  ['2026-03-01', 90, 4],
  ['2026-04-01', 180, 9],
];

describe('buildDeck', () => {
  it('draws one native chart per report, carrying exactly the report’s categories and values', async () => {
    const cache = newCache();
    const ids = [
      addSqlReport(cache, {
        title: 'Revenue by category',
        sql: 'SELECT category, sum(revenue) AS revenue FROM sales GROUP BY 1',
        columns: categoryColumns,
        rows: categoryRows,
        chart: { type: 'bar', x: 0, y: [1] },
        narrative: ['Tops lead with a third of revenue.'],
      }),
      addSqlReport(cache, {
        title: 'Ranked categories',
        columns: categoryColumns,
        rows: categoryRows,
        chart: { type: 'bar', x: 0, y: [1, 2], horizontal: true },
      }),
      addSqlReport(cache, {
        title: 'Monthly revenue',
        columns: monthColumns,
        rows: monthRows,
        chart: { type: 'line', x: 0, y: [1, 2] },
      }),
      addSqlReport(cache, {
        title: 'Area',
        columns: monthColumns,
        rows: monthRows,
        chart: { type: 'area', x: 0, y: [1] },
      }),
      addSqlReport(cache, {
        title: 'Revenue share',
        columns: categoryColumns,
        rows: categoryRows,
        chart: { type: 'pie', x: 0, y: [1] },
      }),
      addSqlReport(cache, {
        title: 'Price vs units',
        columns: [
          { name: 'price', type: 'DOUBLE' },
          { name: 'units', type: 'BIGINT' },
        ],
        rows: [
          [10, 120],
          [20, 80],
          [35.5, 30],
        ],
        chart: { type: 'scatter', x: 0, y: [1] },
      }),
    ];
    const deck = await openDeck(await buildDeck(readDeckReports(cache, ids), { ...options, title: 'Weekly review' }));
    expect(deck.slideCount).toBe(7);

    const title = await deck.slideText(1);
    expect(title).toContain('Weekly review');
    expect(title).toContain('24 Nov 2026');
    expect(title).toContain('6 reports');
    expect(title).toContain('Source: Demo store');

    // Columns: a few short labels stand up.
    const column1 = await deck.chartOf(2);
    expect(column1?.xml).toContain('<c:barChart><c:barDir val="col"/>');
    expect(seriesOf(column1!.xml)).toEqual([
      {
        chart: 'barChart',
        name: 'revenue',
        categories: ['Tops', 'Jeans', 'Dresses', 'Shoes & bags'],
        values: [1200.5, 800, 450.25, 300],
        xValues: [],
      },
    ]);
    const workbook = await deck.workbookOf(column1!.path);
    expect(column(workbook.cells, 'A', 2, 5)).toEqual(['Tops', 'Jeans', 'Dresses', 'Shoes & bags']);
    expect(column(workbook.cells, 'B', 1, 5)).toEqual(['revenue', '1200.5', '800', '450.25', '300']);
    expect(column1!.xml).toContain('<c:formatCode>$#,##0</c:formatCode>');
    const slide2 = await deck.slideText(2);
    expect(slide2).toContain('Revenue by category');
    expect(slide2).toContain('Tops lead with a third of revenue.');
    expect(slide2).toContain('Total revenue: $2,751');
    expect(slide2).toContain('Demo store · as of 20 Nov 2026 10:15 UTC');
    expect(await deck.notesText(2)).toContain('SELECT category, sum(revenue) AS revenue FROM sales GROUP BY 1');

    // Horizontal bars, two series.
    const bars = await deck.chartOf(3);
    expect(bars?.xml).toContain('<c:barDir val="bar"/>');
    // Top-down in the table's order.
    expect(bars?.xml).toContain('<c:orientation val="maxMin"/>');
    expect(seriesOf(bars!.xml).map((one) => [one.name, one.values])).toEqual([
      ['revenue', [1200.5, 800, 450.25, 300]],
      ['units', [40, 22, 15, 9]],
    ]);

    const line = seriesOf((await deck.chartOf(4))!.xml);
    expect(line.map((one) => one.chart)).toEqual(['lineChart', 'lineChart']);
    expect(line[0]?.categories).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026']);
    expect(line.map((one) => [one.name, one.values])).toEqual([
      ['revenue', [100, 140, 90, 180]],
      ['orders', [5, 7, 4, 9]],
    ]);
    expect(await deck.slideText(4)).toContain('Change since Jan 2026: +80.0%');

    expect(seriesOf((await deck.chartOf(5))!.xml)).toMatchObject([{ chart: 'areaChart', values: [100, 140, 90, 180] }]);
    expect(seriesOf((await deck.chartOf(6))!.xml)).toMatchObject([
      {
        chart: 'pieChart',
        categories: ['Tops', 'Jeans', 'Dresses', 'Shoes & bags'],
        values: [1200.5, 800, 450.25, 300],
      },
    ]);
    const scatter = seriesOf((await deck.chartOf(7))!.xml);
    expect(scatter).toMatchObject([
      { chart: 'scatterChart', name: 'units', values: [120, 80, 30], xValues: [10, 20, 35.5] },
    ]);
    expect(await deck.slideText(7)).toContain('Correlation of price and units: r = −1.00');
    expect(deck.files.filter((name) => name.startsWith('ppt/media/'))).toEqual([]);
  });

  it('reads a report pinned from a cached result the way the app pins it', async () => {
    const cache = newCache();
    const writer = cache.results.begin({
      sourceId: 'demo',
      sql: 'SELECT region, revenue FROM r',
      columns: [
        { name: 'region', type: 'VARCHAR' },
        { name: 'revenue', type: 'DOUBLE' },
      ],
    });
    writer.append([
      ['North', 10],
      ['South', 20.5],
    ]);
    const result = writer.finish();
    const pinned = pinReport(cache, {
      title: 'Regions',
      resultId: result.id,
      chart: { type: 'bar', x: 0, y: [1] },
      tags: [],
    });
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [pinned.id]), options));
    const chart = await deck.chartOf(2);
    expect(seriesOf(chart!.xml)).toMatchObject([{ categories: ['North', 'South'], values: [10, 20.5] }]);
    expect(await deck.notesText(2)).toContain('SELECT region, revenue FROM r');
  });

  it('shows the latest 50 periods of a line over dates, and says so', async () => {
    const cache = newCache();
    const rows = Array.from({ length: 120 }, (_, index) => [
      `2026-01-01 00:00:00`.replace('01 ', `${String((index % 28) + 1).padStart(2, '0')} `),
      index,
    ]);
    const id = addSqlReport(cache, {
      title: 'Many points',
      columns: [
        { name: 'day', type: 'TIMESTAMP' },
        { name: 'units', type: 'BIGINT' },
      ],
      rows,
      chart: { type: 'line', x: 0, y: [1] },
    });
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [id]), options));
    const [series] = seriesOf((await deck.chartOf(2))!.xml);
    expect(series?.values).toEqual(Array.from({ length: MAX_CATEGORIES }, (_, index) => 120 - MAX_CATEGORIES + index));
    expect(await deck.slideText(2)).toContain('Shows the last 50 of 120 periods.');
  });

  it('draws a forecast as four lines: actual, forecast, and the interval’s lower and upper bounds', async () => {
    const cache = newCache();
    const forecast = sampleForecast(30, 8);
    const id = addForecastReport(cache, 'Revenue forecast', forecast);
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [id]), options));
    const chart = await deck.chartOf(2);
    const series = seriesOf(chart!.xml);
    expect(series.map((one) => [one.chart, one.name])).toEqual([
      ['lineChart', 'Actual'],
      ['lineChart', 'Forecast'],
      ['lineChart', 'Lower 95%'],
      ['lineChart', 'Upper 95%'],
    ]);
    const main = forecast.series[0]!;
    const history = main.history.slice(-24);
    const ahead = main.forecast;
    expect(series[0]?.categories).toEqual([...history.map((point) => point.ds), ...ahead.map((point) => point.ds)]);
    const blanks = (count: number): null[] => Array.from({ length: count }, () => null);
    expect(series[0]?.values).toEqual([...history.map((point) => point.y), ...blanks(8)]);
    expect(series[1]?.values).toEqual([...blanks(23), history.at(-1)!.y, ...ahead.map((point) => point.point)]);
    expect(series[2]?.values).toEqual([...blanks(24), ...ahead.map((point) => point.lower)]);
    expect(series[3]?.values).toEqual([...blanks(24), ...ahead.map((point) => point.upper)]);
    // One line chart; the interval's two lines are thin, dashed and lighter.
    expect(chart!.xml.match(/<c:lineChart>/g)?.length).toBe(1);
    const dashed = [...chart!.xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((ser) =>
      /<a:ln w="(\d+)"[^>]*><a:solidFill><a:srgbClr val="(\w+)"\/><\/a:solidFill><a:prstDash val="(\w+)"\/>/
        .exec(ser[1] ?? '')
        ?.slice(1),
    );
    expect(dashed).toEqual([
      ['25400', '1F2937', 'solid'],
      ['25400', '3451D1', 'solid'],
      ['9525', '9AA8E8', 'dash'],
      ['9525', '9AA8E8', 'dash'],
    ]);
    // A blank stays blank in the workbook PowerPoint edits (not a zero).
    const workbook = await deck.workbookOf(chart!.path);
    expect(column(workbook.cells, 'B', 1, 3)).toEqual(['Actual', String(history[0]!.y), String(history[1]!.y)]);
    expect(workbook.cells.get(`B${24 + 2}`)).toBeNull();
    expect(workbook.cells.get('E2')).toBeNull();
    expect(workbook.cells.get(`E${24 + 2}`)).toBe(String(ahead[0]!.upper));
    const text = await deck.slideText(2);
    expect(text).toContain('Backtest accuracy: MASE 0.82 vs naive 1.00');
    expect(text).toContain('Model: Combination of ETS, Theta and ARIMA');
    expect(text).toContain('Next week (2026-08-03): $1,300, 95% interval $1,200 to $1,400');
    expect(text).toContain('Shows the last 24 of 30 weeks of history.');
    expect(text).toContain('Demo store · data through 27 Jul 2026 · as of 21 Nov 2026 08:00 UTC');
    expect(text).not.toContain('more in the app');
    expect(await deck.notesText(2)).toContain('Forecast of revenue by total, per week, 8 weeks ahead');
  });

  it('draws a forecast of several series as one line chart: each series’ actuals, then its dashed forecast', async () => {
    const cache = newCache();
    // Biggest first, as the forecast service orders them; Swimwear has only 10 weeks of history.
    const forecast = categoryForecast([
      { label: 'Dresses', scale: 3 },
      { label: 'Tops', scale: 2.5 },
      { label: 'Jeans', scale: 2 },
      { label: 'Shoes & bags', scale: 1.5 },
      { label: 'Swimwear', scale: 1, historyWeeks: 10 },
      { label: 'Knitwear', scale: 0.8 },
      { label: 'Socks', scale: 0.5 },
      { label: 'Hats', scale: 0.25 },
    ]);
    const id = addForecastReport(cache, 'Revenue by category', forecast);
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [id]), options));
    const chart = await deck.chartOf(2);
    expect(chart!.xml.match(/<c:lineChart>/g)?.length).toBe(1);
    const series = seriesOf(chart!.xml);
    const shown = forecast.series.slice(0, MAX_FORECAST_SERIES);
    expect(MAX_FORECAST_SERIES).toBe(6);
    expect(series.map((one) => [one.chart, one.name])).toEqual(
      shown.flatMap((one) => [
        ['lineChart', one.label],
        ['lineChart', `${one.label} forecast`],
      ]),
    );
    // 24 weeks of history (of 30), then the 8 forecast weeks, shared by every series.
    const weeks = forecast.series[0]!.history.slice(-24).map((point) => point.ds);
    const ahead = forecast.series[0]!.forecast.map((point) => point.ds);
    expect(ahead).toHaveLength(8);
    const blanks = (count: number): null[] => Array.from({ length: count }, () => null);
    for (const [index, member] of shown.entries()) {
      const actual = series[index * 2]!;
      const predicted = series[index * 2 + 1]!;
      expect(actual.categories).toEqual([...weeks, ...ahead]);
      expect(predicted.categories).toEqual([...weeks, ...ahead]);
      // Each week's actual where the series has one, a gap where it has none (before Swimwear began).
      const byWeek = new Map(member.history.map((point) => [point.ds, point.y]));
      expect(actual.values).toEqual([...weeks.map((ds) => byWeek.get(ds) ?? null), ...blanks(8)]);
      expect(predicted.values).toEqual([
        ...blanks(23),
        member.history.at(-1)!.y,
        ...member.forecast.map((point) => point.point),
      ]);
    }
    expect(series[8]?.values.slice(0, 14)).toEqual(blanks(14));
    expect(series[8]?.values[14]).toBe(1000);
    // Same colour per series, actuals solid, forecasts dashed at the same width.
    const lines = [...chart!.xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((ser) =>
      /<a:ln w="(\d+)"[^>]*><a:solidFill><a:srgbClr val="(\w+)"\/><\/a:solidFill><a:prstDash val="(\w+)"\/>/
        .exec(ser[1] ?? '')
        ?.slice(1),
    );
    expect(lines).toEqual(
      ['3451D1', 'E8833A', '2A9D8F', 'C2417B', '8A6FDF', '6B8E23'].flatMap((color) => [
        ['25400', color, 'solid'],
        ['25400', color, 'dash'],
      ]),
    );
    // The legend names each series once; the forecast lines keep their names in the data.
    const legend = /<c:legend>([\s\S]*?)<\/c:legend>/.exec(chart!.xml)?.[1] ?? '';
    expect(
      [...legend.matchAll(/<c:legendEntry><c:idx val="(\d+)"\/><c:delete val="1"\/><\/c:legendEntry>/g)].map((entry) =>
        Number(entry[1]),
      ),
    ).toEqual([1, 3, 5, 7, 9, 11]);
    // The workbook PowerPoint edits holds the same numbers, blanks blank.
    const workbook = await deck.workbookOf(chart!.path);
    expect(column(workbook.cells, 'B', 1, 1)).toEqual(['Dresses']);
    expect(column(workbook.cells, 'C', 1, 1)).toEqual(['Dresses forecast']);
    expect(workbook.cells.get('B2')).toBe(String(forecast.series[0]!.history.at(-24)!.y));
    expect(workbook.cells.get('C2')).toBeNull();
    expect(workbook.cells.get(`C${24 + 2}`)).toBe(String(forecast.series[0]!.forecast[0]!.point));
    expect(workbook.cells.get('J2')).toBeNull();

    const text = await deck.slideText(2);
    expect(text).toContain('Next week (2026-08-03), these 6 together: $14,040');
    expect(text).toContain('Next 8 weeks, these 6 together: $115.3K, +8.0% vs the 8 weeks before');
    expect(text).toContain('Dresses: $32,040 in 8 weeks, +6.4%');
    expect(text).toContain('Swimwear: $10,680 in 8 weeks, +26.5%');
    expect(text).toContain('Backtest accuracy: MASE 0.82 (lower is better)');
    expect(text).toContain('Solid lines are actuals, dashed lines the forecast. The 95% intervals are left off');
    expect(text).toContain('Shows the 6 biggest series; 2 more in the app: Socks, Hats.');
    expect(text).not.toContain('Socks:');
    const notes = await deck.notesText(2);
    expect(notes).toContain('Forecast of revenue by category, per week, 8 weeks ahead');
    expect(notes).toContain('Dresses: next week $3,900 (95% interval $3,600 to $4,200), backtest MASE 0.82');
    expect(notes).not.toContain('Socks');
  });

  it('charts every series of a small forecast, with no note of others', async () => {
    const cache = newCache();
    const forecast = categoryForecast([
      { label: 'North', scale: 2 },
      { label: 'South', scale: 1 },
    ]);
    const id = addForecastReport(cache, 'Revenue by region', forecast);
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [id]), options));
    const series = seriesOf((await deck.chartOf(2))!.xml);
    expect(series.map((one) => one.name)).toEqual(['North', 'North forecast', 'South', 'South forecast']);
    const text = await deck.slideText(2);
    expect(text).toContain('Next week (2026-08-03), both together: $3,900');
    expect(text).not.toContain('more in the app');
  });

  it('gives a report without a chart a native table of its first rows', async () => {
    const cache = newCache();
    const rows = Array.from({ length: 40 }, (_, index) => [`p${index}`, index * 1.5]);
    const id = addSqlReport(cache, {
      title: 'Products',
      sql: 'SELECT product, price FROM products',
      columns: [
        { name: 'product', type: 'VARCHAR' },
        { name: 'price', type: 'DOUBLE' },
      ],
      rows,
      chart: null,
    });
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [id]), options));
    expect(await deck.chartOf(2)).toBeNull();
    const xml = await deck.slideXml(2);
    expect(xml).toContain('<a:tbl>');
    expect(xml.match(/<a:tr /g)?.length).toBe(TABLE_ROWS + 1);
    const text = await deck.slideText(2);
    expect(text).toContain('p14');
    expect(text).not.toContain('p15');
    expect(text).toContain('Shows the first 15 of 40 rows.');
    expect(await deck.notesText(2)).toContain('SELECT product, price FROM products');
  });

  it('puts a slide that says why in place of a report it cannot read', async () => {
    const cache = newCache();
    const odd = cache.reports.create({ title: 'An insight', kind: 'insight', sourceId: 'demo', spec: {} });
    cache.reports.addVersion(odd.id, { snapshot: { text: 'hello' } });
    const broken = cache.reports.create({ title: 'Broken', kind: 'sql', sourceId: 'demo', spec: { sql: 'SELECT 1' } });
    cache.reports.addVersion(broken.id, { snapshot: { columns: 'nope' } });
    const empty = cache.reports.create({
      title: 'Never saved',
      kind: 'sql',
      sourceId: 'demo',
      spec: { sql: 'SELECT 1' },
    });
    const badChart = addSqlReport(cache, {
      title: 'Odd chart',
      columns: categoryColumns,
      rows: categoryRows,
      chart: { type: 'sankey', x: 0, y: [1] },
    });
    const deck = await openDeck(
      await buildDeck(readDeckReports(cache, [odd.id, broken.id, empty.id, badChart]), options),
    );
    expect(deck.slideCount).toBe(5);
    expect(await deck.slideText(2)).toContain('Reports of kind "insight" cannot be drawn');
    expect(await deck.slideText(3)).toContain('Its saved numbers have an unexpected shape');
    expect(await deck.slideText(4)).toContain('no saved version yet');
    expect(await deck.slideText(5)).toContain('Chart type "sankey" is not one a deck can draw');
    expect(await deck.slideXml(5)).toContain('<a:tbl>');
  });

  it('falls back to a crisp picture of the chart when asked, or when PowerPoint has no such chart', async () => {
    const cache = newCache();
    const bar = addSqlReport(cache, {
      title: 'Revenue by category',
      columns: categoryColumns,
      rows: categoryRows,
      chart: { type: 'bar', x: 0, y: [1] },
    });
    const forced = await openDeck(
      await buildDeck(readDeckReports(cache, [bar]), { ...options, chartImages: 'always' }),
    );
    expect(await forced.chartOf(2)).toBeNull();
    const media = forced.files.filter((name) => /^ppt\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(1);
    const png = await forced.zip.file(media[0]!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the placed size at 96 px per inch: 8.55 in × 5.55 in.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      Math.round(8.55 * 96) * 2,
      Math.round(5.55 * 96) * 2,
    ]);

    const funnel = addSqlReport(cache, {
      title: 'Checkout funnel',
      columns: [
        { name: 'step', type: 'VARCHAR' },
        { name: 'sessions', type: 'BIGINT' },
      ],
      rows: [
        ['Viewed', 1000],
        ['Added to bag', 400],
        ['Bought', 120],
      ],
      chart: { type: 'funnel', x: 0, y: [1] },
    });
    const deck = await openDeck(await buildDeck(readDeckReports(cache, [funnel]), options));
    expect(await deck.chartOf(2)).toBeNull();
    expect(deck.files.filter((name) => /^ppt\/media\/.+\.png$/.test(name))).toHaveLength(1);
    expect(await deck.slideText(2)).toContain('PowerPoint has no funnel chart');
  }, 60_000);

  it('writes the same charts for the same reports (no random colours)', async () => {
    const cache = newCache();
    const id = addSqlReport(cache, {
      title: 'Twelve slices',
      columns: categoryColumns,
      rows: Array.from({ length: 14 }, (_, index) => [`c${index}`, 100 - index, index]),
      chart: { type: 'pie', x: 0, y: [1] },
    });
    const reports = readDeckReports(cache, [id]);
    const first = await openDeck(await buildDeck(reports, options));
    const second = await openDeck(await buildDeck(reports, options));
    const [a, b] = [(await first.chartOf(2))!, (await second.chartOf(2))!];
    expect(seriesOf(a.xml)[0]?.categories).toHaveLength(12);
    expect(a.xml).toBe(b.xml);
    expect(await first.slideText(2)).toContain('Shows the first 12 of 14 slices.');
  });

  it('is 16:9', async () => {
    const deck = await openDeck(await buildDeck([], options));
    const presentation = await deck.zip.file('ppt/presentation.xml')!.async('string');
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
    expect(Number(size?.[1]) / Number(size?.[2])).toBeCloseTo(16 / 9, 2);
    expect(await deck.slideText(1)).toContain('0 reports');
  });
});
