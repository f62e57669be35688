import JSZip from 'jszip';

const SERIES = /<c:ser>[\s\S]*?<\/c:ser>/g;
const VALUES = /<c:val>\s*<c:numRef>\s*<c:f>Sheet1!\$([A-Z]+)\$(\d+):\$[A-Z]+\$\d+<\/c:f>([\s\S]*?)<\/c:numRef>/;
const EMPTY_POINT = /<c:pt idx="(\d+)"><c:v><\/c:v><\/c:pt>/g;
const SERIES_INDEX = /<c:idx val="(\d+)"\/>/;
/** A line series' own line: `<a:ln w="…" …>…<a:prstDash val="solid"/>` (its marker's line comes later). */
const SERIES_LINE = /<a:ln w="\d+"( cap="\w+">[\s\S]*?)<a:prstDash val="solid"\/>/;

export interface DeckPatches {
  /**
   * Slides (1-based) whose line chart draws a forecast: its series 3 and 4 (the interval's
   * bounds) become thin dashed lines. pptxgenjs styles lines per chart, not per series.
   */
  intervalSlides: readonly number[];
}

/** 0.75 pt, in EMU (what `<a:ln w>` counts). */
const THIN_LINE = 9525;

const dashIntervalSeries = (xml: string): string =>
  xml.replace(SERIES, (series) => {
    const index = Number(SERIES_INDEX.exec(series)?.[1] ?? -1);
    if (index !== 2 && index !== 3) return series;
    return series.replace(SERIES_LINE, `<a:ln w="${THIN_LINE}"$1<a:prstDash val="dash"/>`);
  });

/** The chart part a slide shows, from the slide's relationships. */
const chartOfSlide = async (zip: JSZip, slide: number): Promise<string | null> => {
  const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string');
  const target = rels ? /Type="[^"]*\/chart" Target="([^"]+)"/.exec(rels)?.[1] : undefined;
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `ppt/${target.replace(/^\.\.\//, '')}`;
};

/**
 * Missing values stay missing. pptxgenjs writes a null as an empty point in the chart's cache
 * (drawn as a gap) but as 0 in the embedded workbook, so "Edit Data" in PowerPoint would turn
 * every gap into a zero (a forecast's history would drop to 0 across the horizon). This drops
 * the empty points (the schema's way to say "blank") and empties the matching workbook cells.
 */
const keepBlanksBlank = async (zip: JSZip, path: string, xml: string): Promise<string> => {
  const blanks: string[] = [];
  const fixed = xml.replace(SERIES, (series) => {
    const values = VALUES.exec(series);
    if (!values?.[1] || !values[2] || !values[3]) return series;
    const column = values[1];
    const firstRow = Number(values[2]);
    const cache = values[3];
    const cleaned = cache.replace(EMPTY_POINT, (_point, index: string) => {
      blanks.push(`${column}${firstRow + Number(index)}`);
      return '';
    });
    return cleaned === cache ? series : series.replace(cache, cleaned);
  });
  if (blanks.length === 0) return xml;
  const rels = await zip.file(path.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'))?.async('string');
  const target = rels ? /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1] : undefined;
  const workbookFile = target ? zip.file(`ppt/embeddings/${target}`) : null;
  if (workbookFile) {
    const workbook = await JSZip.loadAsync(await workbookFile.async('uint8array'));
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')?.async('string');
    if (sheet !== undefined) {
      const wanted = new Set(blanks);
      const blanked = sheet.replace(/<c r="([A-Z]+\d+)"><v>[^<]*<\/v><\/c>/g, (cell, ref: string) =>
        wanted.has(ref) ? `<c r="${ref}"/>` : cell,
      );
      workbook.file('xl/worksheets/sheet1.xml', blanked);
      zip.file(workbookFile.name, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    }
  }
  return fixed;
};

/** What pptxgenjs cannot say directly, patched into its output: blanks that stay blank, dashed interval lines. */
export const finishDeck = async (pptx: Buffer, patches: DeckPatches): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(pptx);
  const intervalCharts = new Set<string>();
  for (const slide of patches.intervalSlides) {
    const chart = await chartOfSlide(zip, slide);
    if (chart) intervalCharts.add(chart);
  }
  let changed = false;
  for (const chartFile of zip.file(/^ppt\/charts\/chart\d+\.xml$/)) {
    const xml = await chartFile.async('string');
    let patched = await keepBlanksBlank(zip, chartFile.name, xml);
    if (intervalCharts.has(chartFile.name)) patched = dashIntervalSeries(patched);
    if (patched === xml) continue;
    changed = true;
    zip.file(chartFile.name, patched);
  }
  if (!changed) return pptx;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
