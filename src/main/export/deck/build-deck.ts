import PptxGenJS from 'pptxgenjs';
import { finishDeck, type SlideLineStyles } from './finish-deck';
import { renderChartPng } from './chart-image';
import { keyNumbersOf, planSqlChart, type ChartPlan } from './chart-plan';
import { categoryLabel, formatDay, formatMoment, isNumericType, toNumber } from './deck-format';
import { nativeChartTypes, type DeckReport, type SqlDeckContent } from './deck-report';
import { deckTheme as theme } from './deck-theme';
import { addForecastSlide } from './forecast-slide';
import {
  addFooter,
  addMessage,
  addSidePanel,
  addTitleBar,
  axisText,
  sourceCurrencyOf,
  sourceNameOf,
  speakerNotes,
  type Slide,
} from './slide-parts';

export interface DeckOptions {
  /** The deck's title (first slide); "Aisle reports" when omitted. */
  title?: string;
  subtitle?: string;
  /** Source ids to names ("demo" → "Demo store") for footers and the title slide. */
  sourceNames?: Record<string, string>;
  /**
   * Source ids to the ISO code their money is in ("demo" → "USD"); null, or a source not listed
   * (removed since), shows money as plain numbers rather than guess a symbol.
   */
  sourceCurrencies?: Record<string, string | null>;
  /** The deck's date; now when omitted (tests pass a fixed one). */
  now?: Date;
  /**
   * `'always'` draws every chart as an image (the fallback path, for tests and for viewers that
   * cannot show native charts); by default only types PowerPoint cannot draw become images.
   */
  chartImages?: 'when-needed' | 'always';
}

/** Rows a table-only report shows. */
export const TABLE_ROWS = 15;
/** Columns a table-only report shows. */
export const TABLE_COLUMNS = 8;

/** A native, editable chart: PowerPoint keeps its data in an embedded workbook. */
const addNativeChart = (slide: Slide, plan: ChartPlan, title: string): void => {
  const common: PptxGenJS.IChartOpts = {
    ...theme.chart,
    ...axisText,
    // One colour per series; pptxgenjs colours each bar of a lone series differently when given several.
    chartColors: plan.series.length === 1 && plan.type !== 'pie' ? [theme.accent] : [...theme.seriesColors],
    displayBlanksAs: 'gap',
    showLegend: plan.series.length > 1 || plan.type === 'pie',
    legendPos: plan.type === 'pie' ? 'r' : 'b',
    valAxisLabelFormatCode: plan.formatCode,
    valLabelFormatCode: plan.formatCode,
    altText: `${title}: ${plan.series.map((one) => one.name).join(', ')} by ${plan.xName}`,
  };
  const data = plan.series.map((one) => ({ name: one.name, labels: plan.categories, values: one.values }));
  switch (plan.type) {
    case 'bar':
    case 'column':
      slide.addChart('bar', data, {
        ...common,
        barDir: plan.type === 'bar' ? 'bar' : 'col',
        barGapWidthPct: 60,
        // Horizontal bars read top-down in the table's order; the value axis stays at the bottom
        // (it crosses at the last category). pptxgenjs writes both values, its types omit them.
        ...(plan.type === 'bar'
          ? { catAxisOrientation: 'maxMin' as 'minMax', catAxisCrossesAt: 'max' as 'autoZero' }
          : {}),
        catAxisLabelFrequency: '1',
      });
      return;
    case 'line':
      slide.addChart('line', data, {
        ...common,
        lineSize: 2,
        lineDataSymbol: plan.categories.length <= 24 ? 'circle' : 'none',
        lineDataSymbolSize: 5,
      });
      return;
    case 'area':
      slide.addChart('area', data, { ...common, chartColorsOpacity: 70 });
      return;
    case 'pie':
      slide.addChart('pie', data.slice(0, 1), {
        ...common,
        showPercent: true,
        showValue: false,
        dataLabelColor: theme.white,
        dataLabelFontSize: 10,
        dataLabelFormatCode: '0%',
      });
      return;
    case 'scatter':
      slide.addChart(
        'scatter',
        [
          { name: plan.xName, values: plan.xValues ?? [] },
          ...plan.series.map((one) => ({ name: one.name, values: one.values })),
        ],
        {
          ...common,
          lineSize: 0,
          lineDataSymbol: 'circle',
          lineDataSymbolSize: 6,
          showCatAxisTitle: true,
          catAxisTitle: plan.xName,
          catAxisTitleFontSize: 10,
          catAxisTitleColor: theme.muted,
        },
      );
      return;
    case 'funnel':
      throw new Error('A funnel has no native PowerPoint chart; it is drawn as an image.');
  }
};

const isNative = (plan: ChartPlan): boolean => (nativeChartTypes as readonly string[]).includes(plan.type);

/** Draws the chart natively when PowerPoint can, as a 2x PNG otherwise; a failed image becomes a note. */
const addChart = async (slide: Slide, plan: ChartPlan, title: string, options: DeckOptions): Promise<string[]> => {
  if (isNative(plan) && options.chartImages !== 'always') {
    addNativeChart(slide, plan, title);
    return [];
  }
  try {
    const png = await renderChartPng(plan, { width: theme.chart.w, height: theme.chart.h });
    slide.addImage({
      data: `image/png;base64,${png.toString('base64')}`,
      ...theme.chart,
      altText: `${title} (chart picture)`,
    });
    return isNative(plan) ? [] : [`PowerPoint has no ${plan.type} chart, so this one is a picture of the chart.`];
  } catch (error) {
    slide.addText(`The chart could not be drawn here (${error instanceof Error ? error.message : String(error)}).`, {
      ...theme.chart,
      fontFace: theme.font,
      fontSize: 14,
      color: theme.muted,
      align: 'center',
    });
    return ['The chart picture could not be rendered on this machine.'];
  }
};

/** A cell as the table shows it: numbers grouped, dates readable, long text cut. */
const tableCell = (value: unknown, type: string): string => {
  const number = isNumericType(type) ? toNumber(value) : null;
  if (number !== null)
    return Number.isInteger(number)
      ? number.toLocaleString('en-US')
      : number.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const label = value === null || value === undefined ? '' : categoryLabel(value);
  return label.length > 60 ? `${label.slice(0, 59)}…` : label;
};

const addTable = (slide: Slide, content: SqlDeckContent, width: number): string[] => {
  const columns = content.columns.slice(0, TABLE_COLUMNS);
  const rows = content.rows.slice(0, TABLE_ROWS);
  const header: PptxGenJS.TableRow = columns.map((column) => ({
    text: column.name,
    options: { bold: true, color: theme.white, fill: { color: theme.accent } },
  }));
  const body: PptxGenJS.TableRow[] = rows.map((row, rowIndex) =>
    columns.map((column, index) => ({
      text: tableCell(row[index], column.type),
      options: {
        align: isNumericType(column.type) ? 'right' : 'left',
        ...(rowIndex % 2 === 1 ? { fill: { color: theme.panel } } : {}),
      },
    })),
  );
  slide.addTable([header, ...body], {
    x: theme.chart.x,
    y: theme.chart.y,
    w: width,
    fontFace: theme.font,
    fontSize: rows.length > 10 ? 10 : 11,
    color: theme.text,
    border: { type: 'solid', pt: 0.5, color: theme.rule },
    autoPage: false,
    margin: 0.04,
  });
  const notes: string[] = [];
  if (content.rowCount > rows.length) {
    notes.push(`Shows the first ${rows.length} of ${content.rowCount.toLocaleString('en-US')} rows.`);
  }
  if (content.columns.length > columns.length) {
    notes.push(`Shows ${columns.length} of ${content.columns.length} columns.`);
  }
  return notes;
};

const addSqlSlide = async (
  slide: Slide,
  report: DeckReport,
  content: SqlDeckContent,
  options: DeckOptions,
): Promise<void> => {
  const currency = sourceCurrencyOf(options, report.sourceId);
  const outcome = planSqlChart(content, currency);
  const notes: string[] = [];
  let plan: ChartPlan | null = null;
  if (outcome.kind === 'chart') {
    plan = outcome.plan;
    notes.push(...plan.notes, ...(await addChart(slide, plan, report.title, options)));
  } else {
    notes.push(...outcome.notes, ...addTable(slide, content, theme.chart.w));
  }
  notes.push(...content.notes);
  if (content.truncated) {
    notes.push(`The saved snapshot holds the first ${content.rows.length.toLocaleString('en-US')} rows of the result.`);
  }
  addSidePanel(slide, { keyNumbers: keyNumbersOf(content, plan, currency), narrative: content.narrative, notes });
  addFooter(slide, `${sourceNameOf(options, report.sourceId)} · as of ${formatMoment(content.asOf)}`);
  slide.addNotes(speakerNotes(report, content.definition));
};

const addTitleSlide = (pptx: PptxGenJS, reports: readonly DeckReport[], options: DeckOptions, now: Date): void => {
  const slide = pptx.addSlide();
  slide.background = { color: theme.white };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.35,
    h: theme.height,
    fill: { color: theme.accent },
    line: { color: theme.accent },
  });
  slide.addText(options.title ?? 'Aisle reports', {
    x: 1.0,
    y: 2.0,
    w: 11.3,
    h: 1.3,
    fontFace: theme.font,
    fontSize: 40,
    bold: true,
    color: theme.text,
    fit: 'shrink',
    margin: 0,
  });
  const sources = [...new Set(reports.map((report) => sourceNameOf(options, report.sourceId)))];
  const lines = [
    ...(options.subtitle ? [options.subtitle] : []),
    formatDay(now),
    `${reports.length} ${reports.length === 1 ? 'report' : 'reports'}`,
    ...(sources.length > 0 ? [`${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join(', ')}`] : []),
  ];
  slide.addText(
    lines.map((text, index) => ({
      text,
      options: {
        breakLine: true,
        fontSize: index === 0 && options.subtitle ? 20 : 16,
        color: index === 0 && options.subtitle ? theme.accentDark : theme.muted,
      },
    })),
    { x: 1.0, y: 3.4, w: 11.3, h: 1.8, fontFace: theme.font, valign: 'top', margin: 0 },
  );
  slide.addText('Made with Aisle', {
    x: 1.0,
    y: 6.7,
    w: 6,
    h: 0.4,
    fontFace: theme.font,
    fontSize: 10,
    color: theme.muted,
    margin: 0,
  });
};

/**
 * A PowerPoint deck (16:9) of reports: a title slide, then one slide per report with a native,
 * editable chart (or a table, or a picture of a chart PowerPoint cannot draw), its key numbers
 * and narrative, a footer with the source and the as-of time, and the SQL in the speaker notes.
 */
export const buildDeck = async (reports: readonly DeckReport[], options: DeckOptions = {}): Promise<Buffer> => {
  const now = options.now ?? new Date();
  const pptx = new PptxGenJS();
  pptx.layout = theme.layout;
  pptx.author = 'Aisle';
  pptx.company = 'Aisle';
  pptx.title = options.title ?? 'Aisle reports';
  pptx.theme = { headFontFace: theme.font, bodyFontFace: theme.font };
  addTitleSlide(pptx, reports, options, now);
  const lineStyles: SlideLineStyles[] = [];
  for (const [index, report] of reports.entries()) {
    const slide = pptx.addSlide();
    slide.background = { color: theme.white };
    slide.slideNumber = { ...theme.pageNumber, fontFace: theme.font, fontSize: 10, color: theme.muted, align: 'right' };
    addTitleBar(slide, report.title);
    const content = report.content;
    switch (content.kind) {
      case 'sql':
        await addSqlSlide(slide, report, content, options);
        break;
      case 'forecast': {
        const styles = addForecastSlide(slide, report, content, options);
        // After the title slide: report 0 is slide 2.
        if (styles) lineStyles.push({ ...styles, slide: index + 2 });
        break;
      }
      case 'unreadable':
        addMessage(slide, `This report cannot be drawn in a deck. ${content.reason}`);
        addFooter(slide, `${sourceNameOf(options, report.sourceId)} · report ${report.id}`);
        slide.addNotes(speakerNotes(report, [`Kind: ${report.kind}`, content.reason]));
        break;
    }
  }
  const output = await pptx.write({ outputType: 'nodebuffer' });
  if (output instanceof Uint8Array)
    return finishDeck(Buffer.from(output.buffer, output.byteOffset, output.byteLength), { lineStyles });
  throw new Error('pptxgenjs did not return a buffer.');
};
