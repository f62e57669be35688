import type { Element } from '@xmldom/xmldom';

/**
 * Test helper: checks that the children of chart and DrawingML elements come in the order, and
 * as many times, as their ECMA-376 content model says. PowerPoint validates parts against the
 * schema and offers to "repair" (drop) what is out of order; LibreOffice does not mind, so only a
 * check like this one catches it here.
 *
 * Only the types that pptxgenjs and finish-deck.ts write are encoded, as ordered lists of
 * particles; a choice group is one particle naming its alternatives. Elements of other types are
 * not checked themselves, but their children are. Sources (ECMA-376 transitional schemas):
 * - dml-chart.xsd: splittist/docxfix, schemas/dml-chart.xsd. That copy loosens CT_Chart to a
 *   choice and adds mc:AlternateContent to CT_ChartSpace, so those two follow the standard's
 *   sequences as quoted in scanny/python-pptx, docs/dev/analysis/features/cht-chart.rst.
 * - dml-main.xsd (shape, line and text properties): scanny/python-pptx,
 *   spec/ISO-IEC-29500-4/xsd/dml-main.xsd.
 */

interface Particle {
  names: readonly string[];
  min: number;
  max: number;
}

type Model = readonly Particle[];

const optional = (...names: string[]): Particle => ({ names, min: 0, max: 1 });
const required = (...names: string[]): Particle => ({ names, min: 1, max: 1 });
const any = (...names: string[]): Particle => ({ names, min: 0, max: Infinity });
const some = (...names: string[]): Particle => ({ names, min: 1, max: Infinity });
const exactly = (count: number, name: string): Particle => ({ names: [name], min: count, max: count });

const NAMESPACES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'c',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/presentationml/2006/main': 'p',
};

/** `c:ser`, `a:ln`: the prefix this file uses for the element's namespace, whatever the part calls it. */
const qualifiedName = (element: Element): string => {
  const prefix = element.namespaceURI === null ? undefined : NAMESPACES[element.namespaceURI];
  return prefix === undefined
    ? `{${element.namespaceURI ?? ''}}${element.localName ?? ''}`
    : `${prefix}:${element.localName ?? ''}`;
};

const c = (...names: string[]): string[] => names.map((name) => `c:${name}`);
const a = (...names: string[]): string[] => names.map((name) => `a:${name}`);

// dml-chart.xsd
const SER_SHARED: Model = [required('c:idx'), required('c:order'), optional('c:tx'), optional('c:spPr')];
const AX_SHARED: Model = [
  required('c:axId'),
  required('c:scaling'),
  optional('c:delete'),
  required('c:axPos'),
  ...c(
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
  ).map((name) => optional(name)),
  required('c:crossAx'),
  optional('c:crosses', 'c:crossesAt'),
];
/** Group_DLbls and Group_DLbl are the other side of a choice with `c:delete`; flattened, so `delete` with them passes. */
const DLBL_SHARED = c(
  'numFmt',
  'spPr',
  'txPr',
  'dLblPos',
  'showLegendKey',
  'showVal',
  'showCatName',
  'showSerName',
  'showPercent',
  'showBubbleSize',
  'separator',
);
const CHART_GROUPS = c(
  'areaChart',
  'area3DChart',
  'lineChart',
  'line3DChart',
  'stockChart',
  'radarChart',
  'scatterChart',
  'pieChart',
  'pie3DChart',
  'doughnutChart',
  'barChart',
  'bar3DChart',
  'ofPieChart',
  'surfaceChart',
  'surface3DChart',
  'bubbleChart',
);

// dml-main.xsd
const FILL = a('noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill');
const EFFECT = a('effectLst', 'effectDag');
const COLOR = a('scrgbClr', 'srgbClr', 'hslClr', 'sysClr', 'schemeClr', 'prstClr');

const MODELS: Readonly<Record<string, Model>> = {
  CT_ChartSpace: [
    ...c('date1904', 'lang', 'roundedCorners', 'style', 'clrMapOvr', 'pivotSource', 'protection').map((name) =>
      optional(name),
    ),
    required('c:chart'),
    ...c('spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst').map((name) => optional(name)),
  ],
  CT_Chart: [
    ...c('title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall').map((name) =>
      optional(name),
    ),
    required('c:plotArea'),
    ...c('legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst').map((name) => optional(name)),
  ],
  CT_PlotArea: [
    optional('c:layout'),
    some(...CHART_GROUPS),
    any(...c('valAx', 'catAx', 'dateAx', 'serAx')),
    optional('c:dTable'),
    optional('c:spPr'),
    optional('c:extLst'),
  ],
  CT_Title: c('tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst').map((name) => optional(name)),
  CT_Tx: [required('c:strRef', 'c:rich')],
  CT_SerTx: [required('c:strRef', 'c:v')],
  CT_Layout: [optional('c:manualLayout'), optional('c:extLst')],
  CT_Legend: [
    optional('c:legendPos'),
    any('c:legendEntry'),
    ...c('layout', 'overlay', 'spPr', 'txPr', 'extLst').map((name) => optional(name)),
  ],
  CT_LegendEntry: [required('c:idx'), required('c:delete', 'c:txPr'), optional('c:extLst')],
  CT_LineChart: [
    required('c:grouping'),
    optional('c:varyColors'),
    any('c:ser'),
    ...c('dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth').map((name) => optional(name)),
    exactly(2, 'c:axId'),
    optional('c:extLst'),
  ],
  CT_BarChart: [
    required('c:barDir'),
    optional('c:grouping'),
    optional('c:varyColors'),
    any('c:ser'),
    optional('c:dLbls'),
    optional('c:gapWidth'),
    optional('c:overlap'),
    any('c:serLines'),
    exactly(2, 'c:axId'),
    optional('c:extLst'),
  ],
  CT_AreaChart: [
    optional('c:grouping'),
    optional('c:varyColors'),
    any('c:ser'),
    optional('c:dLbls'),
    optional('c:dropLines'),
    exactly(2, 'c:axId'),
    optional('c:extLst'),
  ],
  CT_PieChart: [
    optional('c:varyColors'),
    any('c:ser'),
    optional('c:dLbls'),
    optional('c:firstSliceAng'),
    optional('c:extLst'),
  ],
  CT_DoughnutChart: [
    optional('c:varyColors'),
    any('c:ser'),
    ...c('dLbls', 'firstSliceAng', 'holeSize', 'extLst').map((name) => optional(name)),
  ],
  CT_ScatterChart: [
    required('c:scatterStyle'),
    optional('c:varyColors'),
    any('c:ser'),
    optional('c:dLbls'),
    exactly(2, 'c:axId'),
    optional('c:extLst'),
  ],
  CT_LineSer: [
    ...SER_SHARED,
    optional('c:marker'),
    any('c:dPt'),
    optional('c:dLbls'),
    any('c:trendline'),
    optional('c:errBars'),
    ...c('cat', 'val', 'smooth', 'extLst').map((name) => optional(name)),
  ],
  CT_BarSer: [
    ...SER_SHARED,
    optional('c:invertIfNegative'),
    optional('c:pictureOptions'),
    any('c:dPt'),
    optional('c:dLbls'),
    any('c:trendline'),
    optional('c:errBars'),
    ...c('cat', 'val', 'shape', 'extLst').map((name) => optional(name)),
  ],
  CT_AreaSer: [
    ...SER_SHARED,
    optional('c:pictureOptions'),
    any('c:dPt'),
    optional('c:dLbls'),
    any('c:trendline'),
    { names: ['c:errBars'], min: 0, max: 2 },
    ...c('cat', 'val', 'extLst').map((name) => optional(name)),
  ],
  CT_PieSer: [
    ...SER_SHARED,
    optional('c:explosion'),
    any('c:dPt'),
    ...c('dLbls', 'cat', 'val', 'extLst').map((name) => optional(name)),
  ],
  CT_ScatterSer: [
    ...SER_SHARED,
    optional('c:marker'),
    any('c:dPt'),
    optional('c:dLbls'),
    any('c:trendline'),
    { names: ['c:errBars'], min: 0, max: 2 },
    ...c('xVal', 'yVal', 'smooth', 'extLst').map((name) => optional(name)),
  ],
  CT_DLbls: [
    any('c:dLbl'),
    optional('c:delete'),
    ...DLBL_SHARED.map((name) => optional(name)),
    optional('c:showLeaderLines'),
    optional('c:leaderLines'),
    optional('c:extLst'),
  ],
  CT_DLbl: [
    required('c:idx'),
    optional('c:delete'),
    optional('c:layout'),
    optional('c:tx'),
    ...DLBL_SHARED.map((name) => optional(name)),
    optional('c:extLst'),
  ],
  CT_Marker: c('symbol', 'size', 'spPr', 'extLst').map((name) => optional(name)),
  CT_DPt: [
    required('c:idx'),
    ...c('invertIfNegative', 'marker', 'bubble3D', 'explosion', 'spPr', 'pictureOptions', 'extLst').map((name) =>
      optional(name),
    ),
  ],
  CT_CatAx: [
    ...AX_SHARED,
    ...c('auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst').map((name) =>
      optional(name),
    ),
  ],
  CT_DateAx: [
    ...AX_SHARED,
    ...c('auto', 'lblOffset', 'baseTimeUnit', 'majorUnit', 'majorTimeUnit', 'minorUnit', 'minorTimeUnit', 'extLst').map(
      (name) => optional(name),
    ),
  ],
  CT_ValAx: [
    ...AX_SHARED,
    ...c('crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst').map((name) => optional(name)),
  ],
  CT_Scaling: c('logBase', 'orientation', 'max', 'min', 'extLst').map((name) => optional(name)),
  CT_ChartLines: [optional('c:spPr')],
  CT_NumDataSource: [required('c:numRef', 'c:numLit')],
  CT_AxDataSource: [required(...c('multiLvlStrRef', 'numRef', 'numLit', 'strRef', 'strLit'))],
  CT_NumRef: [required('c:f'), optional('c:numCache'), optional('c:extLst')],
  CT_NumData: [optional('c:formatCode'), optional('c:ptCount'), any('c:pt'), optional('c:extLst')],
  CT_StrRef: [required('c:f'), optional('c:strCache'), optional('c:extLst')],
  CT_StrData: [optional('c:ptCount'), any('c:pt'), optional('c:extLst')],
  CT_MultiLvlStrRef: [required('c:f'), optional('c:multiLvlStrCache'), optional('c:extLst')],
  CT_MultiLvlStrData: [optional('c:ptCount'), any('c:lvl'), optional('c:extLst')],
  CT_Lvl: [any('c:pt')],
  /** CT_NumVal and CT_StrVal alike. */
  CT_Val: [required('c:v')],
  CT_ExternalData: [optional('c:autoUpdate')],

  CT_ShapeProperties: [
    optional('a:xfrm'),
    optional('a:custGeom', 'a:prstGeom'),
    optional(...FILL),
    optional('a:ln'),
    optional(...EFFECT),
    ...a('scene3d', 'sp3d', 'extLst').map((name) => optional(name)),
  ],
  CT_LineProperties: [
    optional('a:noFill', 'a:solidFill', 'a:gradFill', 'a:pattFill'),
    optional('a:prstDash', 'a:custDash'),
    optional('a:round', 'a:bevel', 'a:miter'),
    ...a('headEnd', 'tailEnd', 'extLst').map((name) => optional(name)),
  ],
  CT_SolidColorFillProperties: [optional(...COLOR)],
  CT_TextBody: [required('a:bodyPr'), optional('a:lstStyle'), some('a:p')],
  CT_TextParagraph: [optional('a:pPr'), any('a:r', 'a:br', 'a:fld'), optional('a:endParaRPr')],
  CT_TextParagraphProperties: [
    optional('a:lnSpc'),
    optional('a:spcBef'),
    optional('a:spcAft'),
    optional('a:buClrTx', 'a:buClr'),
    optional('a:buSzTx', 'a:buSzPct', 'a:buSzPts'),
    optional('a:buFontTx', 'a:buFont'),
    optional('a:buNone', 'a:buAutoNum', 'a:buChar', 'a:buBlip'),
    ...a('tabLst', 'defRPr', 'extLst').map((name) => optional(name)),
  ],
  CT_TextCharacterProperties: [
    optional('a:ln'),
    optional(...FILL),
    optional(...EFFECT),
    optional('a:highlight'),
    optional('a:uLnTx', 'a:uLn'),
    optional('a:uFillTx', 'a:uFill'),
    ...a('latin', 'ea', 'cs', 'sym', 'hlinkClick', 'hlinkMouseOver', 'rtl', 'extLst').map((name) => optional(name)),
  ],
  CT_RegularTextRun: [optional('a:rPr'), required('a:t')],
};

/** The type of an element, by its name under its parent first (`c:ser` differs by chart), then by its name alone. */
const TYPES_IN_PARENT: Readonly<Record<string, string>> = {
  'c:chartSpace/c:chart': 'CT_Chart',
  'c:lineChart/c:ser': 'CT_LineSer',
  'c:barChart/c:ser': 'CT_BarSer',
  'c:areaChart/c:ser': 'CT_AreaSer',
  'c:pieChart/c:ser': 'CT_PieSer',
  'c:doughnutChart/c:ser': 'CT_PieSer',
  'c:scatterChart/c:ser': 'CT_ScatterSer',
  // `c:marker` in a line chart group is a CT_Boolean; in a series or a point, CT_Marker.
  'c:ser/c:marker': 'CT_Marker',
  'c:dPt/c:marker': 'CT_Marker',
  'c:ser/c:tx': 'CT_SerTx',
  'c:title/c:tx': 'CT_Tx',
  'c:dLbl/c:tx': 'CT_Tx',
  // `c:val` in error bars is a CT_Double.
  'c:ser/c:val': 'CT_NumDataSource',
};

const TYPES: Readonly<Record<string, string>> = {
  'c:chartSpace': 'CT_ChartSpace',
  'c:plotArea': 'CT_PlotArea',
  'c:title': 'CT_Title',
  'c:layout': 'CT_Layout',
  'c:legend': 'CT_Legend',
  'c:legendEntry': 'CT_LegendEntry',
  'c:lineChart': 'CT_LineChart',
  'c:barChart': 'CT_BarChart',
  'c:areaChart': 'CT_AreaChart',
  'c:pieChart': 'CT_PieChart',
  'c:doughnutChart': 'CT_DoughnutChart',
  'c:scatterChart': 'CT_ScatterChart',
  'c:dLbls': 'CT_DLbls',
  'c:dLbl': 'CT_DLbl',
  'c:dPt': 'CT_DPt',
  'c:catAx': 'CT_CatAx',
  'c:dateAx': 'CT_DateAx',
  'c:valAx': 'CT_ValAx',
  'c:scaling': 'CT_Scaling',
  'c:majorGridlines': 'CT_ChartLines',
  'c:minorGridlines': 'CT_ChartLines',
  'c:cat': 'CT_AxDataSource',
  'c:xVal': 'CT_AxDataSource',
  'c:yVal': 'CT_NumDataSource',
  'c:numRef': 'CT_NumRef',
  'c:numCache': 'CT_NumData',
  'c:numLit': 'CT_NumData',
  'c:strRef': 'CT_StrRef',
  'c:strCache': 'CT_StrData',
  'c:strLit': 'CT_StrData',
  'c:multiLvlStrRef': 'CT_MultiLvlStrRef',
  'c:multiLvlStrCache': 'CT_MultiLvlStrData',
  'c:lvl': 'CT_Lvl',
  'c:pt': 'CT_Val',
  'c:externalData': 'CT_ExternalData',
  'c:spPr': 'CT_ShapeProperties',
  'c:txPr': 'CT_TextBody',
  'c:rich': 'CT_TextBody',
  'p:spPr': 'CT_ShapeProperties',
  'p:txBody': 'CT_TextBody',
  'a:txBody': 'CT_TextBody',
  'a:ln': 'CT_LineProperties',
  'a:uLn': 'CT_LineProperties',
  'a:solidFill': 'CT_SolidColorFillProperties',
  'a:p': 'CT_TextParagraph',
  'a:pPr': 'CT_TextParagraphProperties',
  'a:defPPr': 'CT_TextParagraphProperties',
  ...Object.fromEntries(
    Array.from({ length: 9 }, (_, level) => [`a:lvl${level + 1}pPr`, 'CT_TextParagraphProperties']),
  ),
  'a:defRPr': 'CT_TextCharacterProperties',
  'a:rPr': 'CT_TextCharacterProperties',
  'a:endParaRPr': 'CT_TextCharacterProperties',
  'a:r': 'CT_RegularTextRun',
};

const elementChildren = (element: Element): Element[] =>
  Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);

const typeOf = (parent: string | undefined, name: string): string | undefined =>
  (parent === undefined ? undefined : TYPES_IN_PARENT[`${parent}/${name}`]) ?? TYPES[name];

/** What is wrong with one element's children against its model: order, unknown children, counts. */
const childProblems = (children: readonly string[], model: Model): string[] => {
  const problems: string[] = [];
  const counts = model.map(() => 0);
  let position = 0;
  let previous: string | undefined;
  for (const name of children) {
    const slot = model.findIndex((particle, index) => index >= position && particle.names.includes(name));
    if (slot >= 0) {
      counts[slot] = (counts[slot] ?? 0) + 1;
      position = slot;
      previous = name;
      continue;
    }
    const earlier = model.findIndex((particle) => particle.names.includes(name));
    if (earlier < 0) {
      problems.push(`${name} is not allowed here`);
    } else {
      counts[earlier] = (counts[earlier] ?? 0) + 1;
      problems.push(`${name} comes after ${previous ?? '?'}`);
    }
  }
  model.forEach((particle, index) => {
    const count = counts[index] ?? 0;
    const names = particle.names.join(' or ');
    if (count < particle.min)
      problems.push(`needs ${particle.min === 1 ? 'a' : `${particle.min} ×`} ${names}, has ${count}`);
    if (count > particle.max) problems.push(`allows at most ${particle.max} × ${names}, has ${count}`);
  });
  return problems;
};

/** `c:idx, c:order, c:tx, …, c:dPt*, …, c:axId{2}`: the order a problem message quotes. */
const orderOf = (model: Model): string =>
  model
    .map((particle) => {
      const times =
        particle.max === Infinity
          ? '*'
          : particle.max > 1
            ? `{${particle.min === particle.max ? '' : `${particle.min},`}${particle.max}}`
            : '';
      return particle.names.join('|') + times;
    })
    .join(', ');

/**
 * Every element under `root` whose type is encoded above, checked against its model. Each problem
 * names the element's path, its type, what is wrong and the schema's order.
 */
export const schemaOrderProblems = (root: Element): string[] => {
  const problems: string[] = [];
  const visit = (element: Element, parent: string | undefined, path: string): void => {
    const name = qualifiedName(element);
    const children = elementChildren(element);
    const names = children.map(qualifiedName);
    const type = typeOf(parent, name);
    const model = type === undefined ? undefined : MODELS[type];
    if (type !== undefined && model !== undefined) {
      for (const problem of childProblems(names, model)) {
        problems.push(`${path} (${type}): ${problem}; the schema's order is ${orderOf(model)}`);
      }
    }
    const seen = new Map<string, number>();
    children.forEach((child, position) => {
      const childName = names[position] ?? '';
      const index = (seen.get(childName) ?? 0) + 1;
      seen.set(childName, index);
      // `c:ser[2]` where a name repeats, `c:legend` where it does not.
      const numbered = names.indexOf(childName) !== names.lastIndexOf(childName);
      visit(child, name, `${path}/${childName}${numbered ? `[${index}]` : ''}`);
    });
  };
  visit(root, undefined, qualifiedName(root));
  return problems;
};
