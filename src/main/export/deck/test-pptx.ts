import JSZip from 'jszip';

/** Test helper: reads a .pptx the way the tests need (slides, charts, their workbooks, notes). */

export interface ChartSeriesXml {
  /** `barChart`, `lineChart`, … (the element holding the series). */
  chart: string;
  name: string;
  categories: string[];
  /** Values by point; a point left out of the cache (a blank) is null. */
  values: (number | null)[];
  /** A scatter's x values. */
  xValues: number[];
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every `<a:t>` run, paragraphs joined by newlines. */
export const textOf = (xml: string): string =>
  xml
    .split(/<\/a:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => decode(match[1] ?? '')).join(''))
    .filter((line) => line !== '')
    .join('\n');

const points = (xml: string, count: number): (string | null)[] => {
  const out: (string | null)[] = Array.from({ length: count }, () => null);
  for (const match of xml.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)) {
    out[Number(match[1])] = decode(match[2] ?? '');
  }
  return out;
};

const ptCount = (xml: string): number => Number(/<c:ptCount val="(\d+)"\/>/.exec(xml)?.[1] ?? 0);

/** The series of every chart element in a chart part, with their cached categories and values. */
export const seriesOf = (chartXml: string): ChartSeriesXml[] => {
  const out: ChartSeriesXml[] = [];
  for (const block of chartXml.matchAll(/<c:(\w+Chart)>([\s\S]*?)<\/c:\1>/g)) {
    const chart = block[1] ?? '';
    for (const ser of (block[2] ?? '').matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
      const body = ser[1] ?? '';
      const name = decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(body)?.[1] ?? '');
      const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(body)?.[1] ?? '';
      const xVal = /<c:xVal>([\s\S]*?)<\/c:xVal>/.exec(body)?.[1] ?? '';
      const val = /<c:(?:val|yVal)>([\s\S]*?)<\/c:(?:val|yVal)>/.exec(body)?.[1] ?? '';
      out.push({
        chart,
        name,
        categories: points(cat, ptCount(cat)).map((label) => label ?? ''),
        values: points(val, ptCount(val)).map((value) => (value === null || value === '' ? null : Number(value))),
        xValues: points(xVal, ptCount(xVal)).map(Number),
      });
    }
  }
  return out;
};

export interface OpenedDeck {
  zip: JSZip;
  files: string[];
  slideCount: number;
  slideXml(slide: number): Promise<string>;
  slideText(slide: number): Promise<string>;
  notesText(slide: number): Promise<string>;
  /** The chart part on a slide (1-based), or null. */
  chartOf(slide: number): Promise<{ path: string; xml: string } | null>;
  /** The embedded workbook of a chart part: its sheet cells by reference and its shared strings. */
  workbookOf(chartPath: string): Promise<{ cells: Map<string, string | null>; strings: string[] }>;
}

export const openDeck = async (buffer: Buffer): Promise<OpenedDeck> => {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the deck`);
    return file.async('string');
  };
  const relTarget = async (slide: number, type: string): Promise<string | null> => {
    const rels = await read(`ppt/slides/_rels/slide${slide}.xml.rels`);
    const target = new RegExp(`Type="[^"]*/${type}" Target="([^"]+)"`).exec(rels)?.[1];
    if (!target) return null;
    return target.startsWith('/') ? target.slice(1) : `ppt/${target.replace(/^\.\.\//, '')}`;
  };
  return {
    zip,
    files,
    slideCount: files.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length,
    slideXml: (slide) => read(`ppt/slides/slide${slide}.xml`),
    slideText: async (slide) => textOf(await read(`ppt/slides/slide${slide}.xml`)),
    notesText: async (slide) => {
      const path = await relTarget(slide, 'notesSlide');
      return path ? textOf(await read(path)) : '';
    },
    chartOf: async (slide) => {
      const path = await relTarget(slide, 'chart');
      return path ? { path, xml: await read(path) } : null;
    },
    workbookOf: async (chartPath) => {
      const rels = await read(chartPath.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'));
      const target = /Target="\.\.\/embeddings\/([^"]+)"/.exec(rels)?.[1];
      const file = target ? zip.file(`ppt/embeddings/${target}`) : null;
      if (!file) throw new Error(`${chartPath} has no embedded workbook`);
      const workbook = await JSZip.loadAsync(await file.async('uint8array'));
      const sheet = (await workbook.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
      const shared = (await workbook.file('xl/sharedStrings.xml')?.async('string')) ?? '';
      const strings = [...shared.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>|<si><t\/><\/si>/g)].map((match) =>
        decode(match[1] ?? ''),
      );
      const cells = new Map<string, string | null>();
      for (const cell of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
        const ref = cell[1] ?? '';
        const raw = cell[3];
        if (raw === undefined) cells.set(ref, null);
        else cells.set(ref, /t="s"/.test(cell[2] ?? '') ? (strings[Number(raw)] ?? null) : raw);
      }
      return { cells, strings };
    },
  };
};

/** One column of a workbook sheet, rows `from`..`to` inclusive. */
export const column = (
  cells: Map<string, string | null>,
  letter: string,
  from: number,
  to: number,
): (string | null)[] =>
  Array.from({ length: to - from + 1 }, (_, index) => cells.get(`${letter}${from + index}`) ?? null);
