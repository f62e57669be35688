import type PptxGenJS from 'pptxgenjs';
import type { DeckOptions } from './build-deck';
import type { DeckReport } from './deck-report';
import { deckTheme as theme } from './deck-theme';

// The pieces every slide shares: title bar, footer, side panel, messages, speaker notes, axis text.

export type Slide = PptxGenJS.Slide;

export const sourceNameOf = (options: DeckOptions, sourceId: string): string =>
  options.sourceNames?.[sourceId] ?? sourceId;

/** The ISO code a report's money is in; null (plain numbers) when its source does not say or is gone. */
export const sourceCurrencyOf = (options: DeckOptions, sourceId: string): string | null =>
  options.sourceCurrencies?.[sourceId] ?? null;

export const addTitleBar = (slide: Slide, title: string): void => {
  slide.addShape('rect', { ...theme.titleBar, fill: { color: theme.accent }, line: { color: theme.accent } });
  slide.addText(title, {
    ...theme.title,
    fontFace: theme.font,
    color: theme.white,
    bold: true,
    valign: 'middle',
    fit: 'shrink',
    margin: 0,
  });
};

export const addFooter = (slide: Slide, text: string): void => {
  slide.addShape('line', { x: theme.footer.x, y: theme.footer.y - 0.05, w: 12.45, h: 0, line: { color: theme.rule } });
  slide.addText(text, {
    ...theme.footer,
    fontFace: theme.font,
    color: theme.muted,
    valign: 'middle',
    margin: 0,
  });
};

/** The panel beside a chart: key numbers, the narrative, and what the reader should know. */
export const addSidePanel = (
  slide: Slide,
  panel: { keyNumbers: string[]; narrative: string[]; notes: string[] },
): void => {
  const runs: PptxGenJS.TextProps[] = [];
  const heading = (text: string): void => {
    runs.push({
      text,
      options: {
        bold: true,
        color: theme.accentDark,
        fontSize: 13,
        breakLine: true,
        paraSpaceBefore: runs.length ? 10 : 0,
      },
    });
  };
  if (panel.keyNumbers.length > 0) {
    heading('Key numbers');
    for (const line of panel.keyNumbers) {
      runs.push({ text: line, options: { fontSize: 12, color: theme.text, bullet: { indent: 12 }, breakLine: true } });
    }
  }
  if (panel.narrative.length > 0) {
    heading('What it says');
    runs.push({ text: panel.narrative.join(' '), options: { fontSize: 12, color: theme.text, breakLine: true } });
  }
  if (panel.notes.length > 0) {
    heading('Notes');
    for (const note of panel.notes) {
      runs.push({ text: note, options: { fontSize: 10, italic: true, color: theme.muted, breakLine: true } });
    }
  }
  if (runs.length === 0) return;
  slide.addShape('rect', { ...theme.side, fill: { color: theme.panel }, line: { color: theme.panel } });
  slide.addText(runs, {
    x: theme.side.x + 0.15,
    y: theme.side.y + 0.15,
    w: theme.side.w - 0.3,
    h: theme.side.h - 0.3,
    fontFace: theme.font,
    valign: 'top',
    fit: 'shrink',
    margin: 0,
  });
};

export const axisText = {
  catAxisLabelFontFace: theme.font,
  catAxisLabelFontSize: 10,
  catAxisLabelColor: theme.muted,
  valAxisLabelFontFace: theme.font,
  valAxisLabelFontSize: 10,
  valAxisLabelColor: theme.muted,
  valGridLine: { color: theme.rule, size: 0.75 },
  catAxisLineShow: true,
  catAxisLineColor: theme.rule,
  valAxisLineShow: false,
  legendFontFace: theme.font,
  legendFontSize: 10,
  legendColor: theme.text,
} satisfies PptxGenJS.IChartOpts;

export const speakerNotes = (report: DeckReport, lines: string[]): string =>
  [
    `Report: ${report.title} (id ${report.id}${report.version === null ? '' : `, version ${report.version}`})`,
    '',
    ...lines,
  ].join('\n');

export const addMessage = (slide: Slide, message: string): void => {
  slide.addText(message, {
    x: 1.5,
    y: 2.6,
    w: 10.3,
    h: 1.6,
    fontFace: theme.font,
    fontSize: 18,
    color: theme.muted,
    align: 'center',
    valign: 'middle',
  });
};
