import JSZip from 'jszip';

const SERIES = /<c:ser>[\s\S]*?<\/c:ser>/g;
const VALUES = /<c:val>\s*<c:numRef>\s*<c:f>Sheet1!\$([A-Z]+)\$(\d+):\$[A-Z]+\$\d+<\/c:f>([\s\S]*?)<\/c:numRef>/;
const EMPTY_POINT = /<c:pt idx="(\d+)"><c:v><\/c:v><\/c:pt>/g;

/**
 * Missing values stay missing. pptxgenjs writes a null as an empty point in the chart's cache
 * (drawn as a gap) but as 0 in the embedded workbook, so "Edit Data" in PowerPoint would turn
 * every gap into a zero (a forecast's history would drop to 0 across the horizon). This drops
 * the empty points (the schema's way to say "blank") and empties the matching workbook cells.
 */
export const keepBlanksBlank = async (pptx: Buffer): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(pptx);
  const charts = zip.file(/^ppt\/charts\/chart\d+\.xml$/);
  let changed = false;
  for (const chartFile of charts) {
    const xml = await chartFile.async('string');
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
    if (blanks.length === 0) continue;
    changed = true;
    zip.file(chartFile.name, fixed);
    const rels = await zip
      .file(chartFile.name.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'))
      ?.async('string');
    const target = rels ? /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1] : undefined;
    const workbookFile = target ? zip.file(`ppt/embeddings/${target}`) : null;
    if (!workbookFile) continue;
    const workbook = await JSZip.loadAsync(await workbookFile.async('uint8array'));
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')?.async('string');
    if (sheet === undefined) continue;
    const wanted = new Set(blanks);
    const blanked = sheet.replace(/<c r="([A-Z]+\d+)"><v>[^<]*<\/v><\/c>/g, (cell, ref: string) =>
      wanted.has(ref) ? `<c r="${ref}"/>` : cell,
    );
    workbook.file('xl/worksheets/sheet1.xml', blanked);
    zip.file(workbookFile.name, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  if (!changed) return pptx;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
