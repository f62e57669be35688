import JSZip from 'jszip';
import { dropMissingOverrides, fixChartSchema } from './schema-fixes';

const SERIES = /<c:ser>[\s\S]*?<\/c:ser>/g;
const VALUES = /<c:val>\s*<c:numRef>\s*<c:f>Sheet1!\$([A-Z]+)\$(\d+):\$[A-Z]+\$\d+<\/c:f>([\s\S]*?)<\/c:numRef>/;
const EMPTY_POINT = /<c:pt idx="(\d+)"><c:v><\/c:v><\/c:pt>/g;
const SERIES_INDEX = /<c:idx val="(\d+)"\/>/;
/** A line series' own line: `<a:ln w="…" …>…<a:prstDash val="solid"/>` (its marker's line comes later). */
const SERIES_LINE = /<a:ln w="(\d+)"( cap="\w+">[\s\S]*?)<a:prstDash val="solid"\/>/;

/** How a line chart's series are drawn beyond what pptxgenjs can say (it styles lines per chart, not per series). */
export interface LineStyles {
  /** Series (0-based, in the chart's order) drawn as dashed lines. */
  dashed: readonly number[];
  /** The dashed lines' width in points; the chart's own line width when omitted. */
  dashedWidth?: number;
  /** Series left out of the legend: their lines and names stay, the legend lists each colour once. */
  unlisted?: readonly number[];
}

/** Line styles for the chart on one slide (1-based). */
export type SlideLineStyles = LineStyles & { slide: number };

export interface DeckPatches {
  lineStyles: readonly SlideLineStyles[];
}

/** Points to EMU (what `<a:ln w>` counts). */
const EMU_PER_POINT = 12700;

const dashSeries = (xml: string, styles: LineStyles): string =>
  xml.replace(SERIES, (series) => {
    const index = Number(SERIES_INDEX.exec(series)?.[1] ?? -1);
    if (!styles.dashed.includes(index)) return series;
    return series.replace(SERIES_LINE, (_line, width: string, rest: string) => {
      const w = styles.dashedWidth === undefined ? width : String(Math.round(styles.dashedWidth * EMU_PER_POINT));
      return `<a:ln w="${w}"${rest}<a:prstDash val="dash"/>`;
    });
  });

/** A deleted legend entry hides one series from the legend; entries follow `<c:legendPos>` (the schema's order). */
const unlistSeries = (xml: string, unlisted: readonly number[]): string => {
  if (unlisted.length === 0) return xml;
  const entries = unlisted.map((index) => `<c:legendEntry><c:idx val="${index}"/><c:delete val="1"/></c:legendEntry>`);
  return xml.replace(/(<c:legend>\s*<c:legendPos val="\w+"\/>)/, `$1${entries.join('')}`);
};

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

/**
 * What pptxgenjs cannot say directly, patched into its output: blanks that stay blank, per-series
 * line styles; and what it writes against the schema, put right so PowerPoint opens the file
 * without offering a repair (schema-fixes.ts).
 */
export const finishDeck = async (pptx: Buffer, patches: DeckPatches): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(pptx);
  const styled = new Map<string, LineStyles>();
  for (const { slide, ...styles } of patches.lineStyles) {
    const chart = await chartOfSlide(zip, slide);
    if (chart) styled.set(chart, styles);
  }
  let changed = false;
  for (const chartFile of zip.file(/^ppt\/charts\/chart\d+\.xml$/)) {
    const xml = await chartFile.async('string');
    let patched = await keepBlanksBlank(zip, chartFile.name, xml);
    const styles = styled.get(chartFile.name);
    if (styles) patched = unlistSeries(dashSeries(patched, styles), styles.unlisted ?? []);
    patched = fixChartSchema(patched);
    if (patched === xml) continue;
    changed = true;
    zip.file(chartFile.name, patched);
  }
  const typesFile = zip.file('[Content_Types].xml');
  if (typesFile) {
    const types = await typesFile.async('string');
    const parts = new Set(
      Object.values(zip.files)
        .filter((entry) => !entry.dir)
        .map((entry) => entry.name),
    );
    const fixed = dropMissingOverrides(types, parts);
    if (fixed !== types) {
      changed = true;
      zip.file(typesFile.name, fixed);
    }
  }
  if (!changed) return pptx;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
