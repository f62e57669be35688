import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { readDeckReports } from './deck-report';
import { packageProblems } from './test-package';
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

/**
 * The decks' packages hold up where PowerPoint is strict and LibreOffice is not: well-formed XML,
 * content types and relationships that match the parts, chart XML in the schema's order
 * (test-package.ts). The second half shows each check failing on a deck broken on purpose.
 */

const newCache = cachesClosedAfterEach();
/** Other things a test leaves behind (LibreOffice's folder), removed after it. */
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((done) => done()));

const monthRows = [
  ['2026-01-01', 100, 5],
  ['2026-02-01', 140, null],
  ['2026-03-01', 90, 4],
  ['2026-04-01', 180, 9],
];

/** A forecast of several series: dashed lines, legend entries left out, blank points. */
const severalSeriesDeck = async (): Promise<Buffer> => {
  const cache = newCache();
  const forecast = categoryForecast([
    { label: 'Dresses', scale: 3 },
    { label: 'Tops', scale: 2 },
    { label: 'Swimwear', scale: 1, historyWeeks: 10 },
  ]);
  const id = addForecastReport(cache, 'Revenue by category', forecast);
  return buildDeck(readDeckReports(cache, [id]), options);
};

const chartKinds = async (pptx: Buffer): Promise<string[]> => {
  const zip = await JSZip.loadAsync(pptx);
  const kinds: string[] = [];
  for (const chart of zip.file(/^ppt\/charts\/chart\d+\.xml$/)) {
    const xml = await chart.async('string');
    kinds.push(...[...xml.matchAll(/<c:(\w+Chart)>/g)].map((match) => match[1] ?? ''));
  }
  return kinds.sort();
};

describe('a deck’s package', () => {
  it('holds up for every chart type, the picture fallback, tables and unreadable reports', async () => {
    const cache = newCache();
    const sql = (title: string, chart: { type: string; x: number; y: number[]; horizontal?: boolean } | null) =>
      addSqlReport(cache, { title, columns: categoryColumns, rows: categoryRows, chart });
    const odd = cache.reports.create({ title: 'An insight', kind: 'insight', sourceId: 'demo', spec: {} });
    cache.reports.addVersion(odd.id, { snapshot: { text: 'hello' } });
    const ids = [
      sql('Columns', { type: 'bar', x: 0, y: [1] }),
      sql('Bars', { type: 'bar', x: 0, y: [1, 2], horizontal: true }),
      addSqlReport(cache, {
        title: 'Lines',
        columns: monthColumns,
        rows: monthRows,
        chart: { type: 'line', x: 0, y: [1, 2] },
      }),
      addSqlReport(cache, {
        title: 'Many days',
        columns: [
          { name: 'day', type: 'DATE' },
          { name: 'units', type: 'BIGINT' },
        ],
        rows: Array.from({ length: 40 }, (_, index) => [`2026-01-${String((index % 28) + 1).padStart(2, '0')}`, index]),
        chart: { type: 'line', x: 0, y: [1] },
      }),
      addSqlReport(cache, {
        title: 'Area',
        columns: monthColumns,
        rows: monthRows,
        chart: { type: 'area', x: 0, y: [1] },
      }),
      sql('Pie', { type: 'pie', x: 0, y: [1] }),
      addSqlReport(cache, {
        title: 'Scatter',
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
      sql('Funnel', { type: 'funnel', x: 0, y: [1] }),
      sql('Table', null),
      sql('Sankey', { type: 'sankey', x: 0, y: [1] }),
      odd.id,
    ];
    const pptx = await buildDeck(readDeckReports(cache, ids), options);
    // The deck has what this test claims to cover.
    expect(await chartKinds(pptx)).toEqual([
      'areaChart',
      'barChart',
      'barChart',
      'lineChart',
      'lineChart',
      'pieChart',
      'scatterChart',
    ]);
    const zip = await JSZip.loadAsync(pptx);
    expect(zip.file(/^ppt\/media\/.+\.png$/)).toHaveLength(1);
    expect(await zip.file('ppt/slides/slide10.xml')?.async('string')).toContain('<a:tbl>');

    expect(await packageProblems(pptx)).toEqual([]);
  }, 60_000);

  it('holds up for forecasts of one series and of several', async () => {
    const cache = newCache();
    const one = addForecastReport(cache, 'Revenue forecast', sampleForecast(30, 8));
    const several = addForecastReport(
      cache,
      'Revenue by category',
      categoryForecast([
        { label: 'Dresses', scale: 3 },
        { label: 'Tops', scale: 2.5 },
        { label: 'Jeans', scale: 2 },
        { label: 'Shoes & bags', scale: 1.5 },
        { label: 'Swimwear', scale: 1, historyWeeks: 10 },
        { label: 'Knitwear', scale: 0.8 },
        { label: 'Socks', scale: 0.5 },
      ]),
    );
    const pptx = await buildDeck(readDeckReports(cache, [one, several]), options);
    const zip = await JSZip.loadAsync(pptx);
    // finish-deck's edits are there to be checked: dashed lines and legend entries left out.
    const charts = await Promise.all(zip.file(/^ppt\/charts\/chart\d+\.xml$/).map((file) => file.async('string')));
    expect(charts.join('')).toContain('<a:prstDash val="dash"/>');
    expect(charts.join('')).toContain('<c:legendEntry>');

    expect(await packageProblems(pptx)).toEqual([]);
  });

  it('holds up with pictures forced for report charts, and with no reports at all', async () => {
    const cache = newCache();
    const ids = [
      addSqlReport(cache, {
        title: 'Bars',
        columns: categoryColumns,
        rows: categoryRows,
        chart: { type: 'bar', x: 0, y: [1] },
      }),
      addForecastReport(cache, 'Revenue forecast', sampleForecast(30, 8)),
    ];
    const pictures = await buildDeck(readDeckReports(cache, ids), { ...options, chartImages: 'always' });
    // The bar chart becomes a picture; a forecast stays a native chart.
    expect(await chartKinds(pictures)).toEqual(['lineChart']);
    expect(await packageProblems(pictures)).toEqual([]);
    expect(await packageProblems(await buildDeck([], options))).toEqual([]);
  }, 60_000);
});

/** The deck with one part changed; the change must apply, or the case would prove nothing. */
const edit = async (pptx: Buffer, part: string, change: (xml: string) => string): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(pptx);
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const changed = change(xml);
  expect(changed, `the edit of ${part} applies`).not.toBe(xml);
  zip.file(part, changed);
  return zip.generateAsync({ type: 'nodebuffer' });
};

/** The deck with one part of its chart's embedded workbook changed. */
const editWorkbook = async (pptx: Buffer, part: string, change: (xml: string) => string): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(pptx);
  const [workbook] = zip.file(/^ppt\/embeddings\/.+\.xlsx$/);
  if (!workbook) throw new Error('the deck has no embedded workbook');
  const changed = await edit(Buffer.from(await workbook.async('uint8array')), part, change);
  zip.file(workbook.name, changed);
  return zip.generateAsync({ type: 'nodebuffer' });
};

const SLIDE = 'ppt/slides/slide2.xml';

/** The deck's chart part (pptxgenjs numbers charts across the process, not per deck). */
const chartOf = async (pptx: Buffer): Promise<string> => {
  const [chart] = (await JSZip.loadAsync(pptx)).file(/^ppt\/charts\/chart\d+\.xml$/);
  if (!chart) throw new Error('the deck has no chart');
  return chart.name;
};

/** Changes the deck's chart part. */
const editChart = async (pptx: Buffer, change: (xml: string) => string): Promise<Buffer> =>
  edit(pptx, await chartOf(pptx), change);

describe('the package checks', () => {
  it.each<[string, (pptx: Buffer) => Promise<Buffer>, string | RegExp]>([
    [
      'a series’ line after its marker (CT_LineSer)',
      (pptx) =>
        editChart(pptx, (xml) =>
          xml.replace(/(<\/c:tx>)(\s*<c:spPr>[\s\S]*?<\/c:spPr>)(\s*<c:marker>[\s\S]*?<\/c:marker>)/, '$1$3$2'),
        ),
      'c:ser[1] (CT_LineSer): c:spPr comes after c:marker',
    ],
    [
      'a legend entry before the legend’s position (CT_Legend)',
      (pptx) =>
        editChart(pptx, (xml) =>
          xml.replace(/(<c:legendPos val="\w+"\/>)((?:<c:legendEntry>[\s\S]*?<\/c:legendEntry>)+)/, '$2$1'),
        ),
      'c:legend (CT_Legend): c:legendPos comes after c:legendEntry',
    ],
    [
      'a dash before the line’s fill (CT_LineProperties)',
      (pptx) =>
        editChart(pptx, (xml) =>
          xml.replace(/(<a:ln [^>]*>)(<a:solidFill>[\s\S]*?<\/a:solidFill>)(<a:prstDash val="\w+"\/>)/, '$1$3$2'),
        ),
      '(CT_LineProperties): a:solidFill comes after a:prstDash',
    ],
    [
      'a third axis id in a 2-D line chart (what pptxgenjs writes)',
      (pptx) => editChart(pptx, (xml) => xml.replace(/(<\/c:lineChart>)/, '<c:axId val="2094734556"/>$1')),
      'c:lineChart (CT_LineChart): allows at most 2 × c:axId, has 3',
    ],
    [
      'invertIfNegative in a line series (what pptxgenjs writes)',
      (pptx) => editChart(pptx, (xml) => xml.replace(/(<c:ser>[\s\S]*?<\/c:spPr>)/, '$1<c:invertIfNegative val="0"/>')),
      'c:ser[1] (CT_LineSer): c:invertIfNegative is not allowed here',
    ],
    [
      'a text run after the paragraph’s end properties (CT_TextParagraph), in a slide',
      (pptx) => edit(pptx, SLIDE, (xml) => xml.replace(/(<a:r>[\s\S]*?<\/a:r>)(<a:endParaRPr[^>]*\/>)/, '$2$1')),
      'ppt/slides/slide2.xml: ',
    ],
    [
      'an Override for a part the package does not have',
      (pptx) =>
        edit(pptx, '[Content_Types].xml', (xml) =>
          xml.replace(
            '</Types>',
            '<Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/></Types>',
          ),
        ),
      '[Content_Types].xml: has an Override for /ppt/slideMasters/slideMaster2.xml, which is not in the package',
    ],
    [
      'a part with no content type',
      (pptx) => edit(pptx, '[Content_Types].xml', (xml) => xml.replace(/<Default Extension="xlsx"[^>]*\/>/, '')),
      'ppt/embeddings/Microsoft_Excel_Worksheet',
    ],
    [
      'a chart part whose content type is not a chart’s',
      (pptx) =>
        edit(pptx, '[Content_Types].xml', (xml) =>
          xml.replace(/<Override PartName="\/ppt\/charts\/[^"]+"[^>]*\/>/, ''),
        ),
      /\(chart\) points at ppt\/charts\/chart\d+\.xml, whose content type is "application\/xml"/,
    ],
    [
      'a relationship to a part that is not there',
      (pptx) =>
        edit(pptx, 'ppt/slides/_rels/slide2.xml.rels', (xml) =>
          xml.replace(/\/ppt\/charts\/chart\d+\.xml/, '/ppt/charts/gone.xml'),
        ),
      /ppt\/slides\/_rels\/slide2\.xml\.rels: rId\d+ points at \/ppt\/charts\/gone\.xml, which is not in the package/,
    ],
    [
      'an r:id the slide has no relationship for',
      (pptx) => edit(pptx, SLIDE, (xml) => xml.replace(/r:id="rId\d+"/, 'r:id="rId99"')),
      'ppt/slides/slide2.xml: r:id="rId99" on <c:chart> is not one of its relationships',
    ],
    [
      'an element left open',
      (pptx) => edit(pptx, SLIDE, (xml) => xml.replace('</p:spTree>', '')),
      'ppt/slides/slide2.xml: is not well-formed',
    ],
    [
      'a bare ampersand',
      (pptx) => edit(pptx, SLIDE, (xml) => xml.replace('<a:t>', '<a:t>Shoes & bags ')),
      'ppt/slides/slide2.xml: is not well-formed: has a bare "&"',
    ],
    [
      'a control character',
      (pptx) => edit(pptx, SLIDE, (xml) => xml.replace('<a:t>', '<a:t>\u0001')),
      'ppt/slides/slide2.xml: is not well-formed: has the character U+0001',
    ],
    [
      'a broken sheet in the chart’s workbook',
      (pptx) => editWorkbook(pptx, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', '')),
      '.xlsx!/xl/worksheets/sheet1.xml: is not well-formed',
    ],
  ])('find %s', async (_case, breakDeck, expected) => {
    const pptx = await severalSeriesDeck();
    expect(await packageProblems(pptx)).toEqual([]);
    const problems = await packageProblems(await breakDeck(pptx));
    const found = problems.some((problem) =>
      typeof expected === 'string' ? problem.includes(expected) : expected.test(problem),
    );
    expect(found, problems.join('\n')).toBe(true);
  });
});

const SOFFICE = '/usr/bin/soffice';

describe('LibreOffice', () => {
  if (!existsSync(SOFFICE)) console.info(`Skipping the LibreOffice conversion: ${SOFFICE} is not installed.`);

  it.skipIf(!existsSync(SOFFICE))(
    'converts a deck of native charts to a PDF, a page per slide',
    async () => {
      const cache = newCache();
      const ids = [
        addSqlReport(cache, {
          title: 'Bars',
          columns: categoryColumns,
          rows: categoryRows,
          chart: { type: 'bar', x: 0, y: [1, 2] },
        }),
        addSqlReport(cache, {
          title: 'Lines',
          columns: monthColumns,
          rows: monthRows,
          chart: { type: 'line', x: 0, y: [1, 2] },
        }),
        addSqlReport(cache, {
          title: 'Pie',
          columns: categoryColumns,
          rows: categoryRows,
          chart: { type: 'pie', x: 0, y: [1] },
        }),
        addForecastReport(cache, 'Revenue forecast', sampleForecast(30, 8)),
      ];
      const dir = mkdtempSync(join(tmpdir(), 'aisle-soffice-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const file = join(dir, 'deck.pptx');
      writeFileSync(file, await buildDeck(readDeckReports(cache, ids), options));
      // A profile of its own, so a LibreOffice already running elsewhere neither blocks nor shares it.
      await promisify(execFile)(
        SOFFICE,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        { timeout: 50_000 },
      );
      const pdf = readFileSync(join(dir, 'deck.pdf'), 'latin1');
      expect(pdf.startsWith('%PDF')).toBe(true);
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(ids.length + 1);
    },
    60_000,
  );
});
