/**
 * pptxgenjs 4.0.1 writes chart XML that breaks the ECMA-376 schema (dml-chart.xsd) in a few
 * fixed ways, and a `[Content_Types].xml` that names parts it never writes. LibreOffice does not
 * mind; PowerPoint validates and offers to "repair" the file (dropping the charts). These patches
 * put the written XML in the schema's shape without changing what it draws; the deck tests check
 * the result against the schema's sequences (test-package.ts).
 */

const SERIES = /<c:ser>[\s\S]*?<\/c:ser>/g;

/** Applies `fix` to every `<c:{name}>…</c:{name}>` element (elements that do not nest). */
const eachElement = (xml: string, names: readonly string[], fix: (element: string) => string): string =>
  xml.replace(new RegExp(`<c:(${names.join('|')})>[\\s\\S]*?</c:\\1>`, 'g'), fix);

/** CT_LineSer and CT_AreaSer have no `c:invertIfNegative` (only bar and bubble series do); pptxgenjs writes one after `c:spPr`. */
const dropInvertIfNegative = (xml: string): string =>
  eachElement(xml, ['lineChart', 'areaChart'], (group) =>
    group.replace(SERIES, (series) => series.replace(/(<\/c:spPr>)\s*<c:invertIfNegative val="\w+"\/>/, '$1')),
  );

/** CT_LineSer: `c:marker` comes before `c:dPt` and `c:dLbls`; pptxgenjs writes it after `c:dLbls`. */
const markerBeforeLabels = (xml: string): string =>
  eachElement(xml, ['lineChart'], (group) =>
    group.replace(SERIES, (series) =>
      series.replace(/(<c:dLbls>[\s\S]*?<\/c:dLbls>)\s*(<c:marker>[\s\S]*?<\/c:marker>)/, '$2$1'),
    ),
  );

/** CT_LineChart requires `c:grouping` first; pptxgenjs leaves it out ("standard" is an unstacked line). */
const lineGrouping = (xml: string): string =>
  xml.replace(/<c:lineChart>(?!\s*<c:grouping )/g, '<c:lineChart><c:grouping val="standard"/>');

/**
 * A 2-D bar, line or area chart names exactly two axes (`c:axId` maxOccurs="2"); pptxgenjs adds a
 * third, for a series axis it only writes for 3-D charts. Ids that name no axis in the plot area go.
 */
const orphanAxisIds = (xml: string): string => {
  const axes = new Set(
    [...xml.matchAll(/<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\/>/g)].map((match) => match[1]),
  );
  return eachElement(xml, ['barChart', 'lineChart', 'areaChart'], (group) =>
    group.replace(/\s*<c:axId val="(\d+)"\/>/g, (axisId, id: string) => (axes.has(id) ? axisId : '')),
  );
};

/** CT_CatAx: `c:tickLblSkip` comes before `c:noMultiLvlLbl`; pptxgenjs writes it after. */
const tickSkipFirst = (xml: string): string =>
  eachElement(xml, ['catAx'], (axis) =>
    axis.replace(/(<c:noMultiLvlLbl val="\w+"\/>)(\s*)(<c:tickLblSkip val="\d+"\/>)/, '$3$2$1'),
  );

/**
 * A scatter chart's x axis is a `c:valAx`, and pptxgenjs writes category-axis settings into it
 * (`c:auto`, `c:lblAlgn`, `c:noMultiLvlLbl`, …), which CT_ValAx does not have. They mean nothing
 * on a value axis, so they go.
 */
const valueAxisOnly = (xml: string): string =>
  eachElement(xml, ['valAx'], (axis) =>
    axis.replace(/\s*<c:(?:auto|lblAlgn|lblOffset|noMultiLvlLbl|tickLblSkip|tickMarkSkip) val="[^"]*"\/>/g, ''),
  );

/** A chart part's XML in the schema's shape. */
export const fixChartSchema = (xml: string): string =>
  [dropInvertIfNegative, markerBeforeLabels, lineGrouping, orphanAxisIds, tickSkipFirst, valueAxisOnly].reduce(
    (fixed, fix) => fix(fixed),
    xml,
  );

/**
 * `[Content_Types].xml` without Overrides for parts the package does not have: pptxgenjs names a
 * slide master per slide (`slideMaster2.xml`, …) but writes only the first (its issue #1444), and
 * PowerPoint offers to repair a package whose content types name missing parts.
 */
export const dropMissingOverrides = (contentTypes: string, parts: ReadonlySet<string>): string =>
  contentTypes.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) =>
    parts.has(part) ? override : '',
  );
