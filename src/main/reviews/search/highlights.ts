/**
 * FTS5's snippet() and highlight() wrap matches in markers we choose. We choose two
 * private-use characters (stripped from review text before indexing, so they cannot occur
 * naturally) and turn them into offsets, so no caller ever renders markup from review text.
 */

export const MATCH_START = '\u{E000}';
export const MATCH_END = '\u{E001}';

/** A match inside a snippet: `text.slice(start, end)` is the matched text (UTF-16 offsets, as JavaScript strings index). */
export interface HighlightRange {
  start: number;
  end: number;
}

/** Removes the marker characters from text about to be indexed. */
export const stripMarkers = (text: string): string => text.replace(/[\u{E000}\u{E001}]/gu, '');

/** Splits marked text into the plain text and the ranges that were marked. */
export const parseMarked = (marked: string): { text: string; highlights: HighlightRange[] } => {
  let text = '';
  const highlights: HighlightRange[] = [];
  let open: number | null = null;
  for (const char of marked) {
    if (char === MATCH_START) {
      open = text.length;
    } else if (char === MATCH_END) {
      if (open !== null && text.length > open) {
        const previous = highlights.at(-1);
        // FTS5 marks each token of a phrase separately when they are not adjacent; adjacent ones merge.
        if (previous && previous.end === open) previous.end = text.length;
        else highlights.push({ start: open, end: text.length });
      }
      open = null;
    } else {
      text += char;
    }
  }
  return { text, highlights };
};

/** The snippet for a terminal: matches in [brackets], or ANSI bold when `bold` is set. */
export const renderHighlights = (text: string, highlights: HighlightRange[], bold: boolean): string => {
  const [before, after] = bold ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  let out = '';
  let position = 0;
  for (const range of highlights) {
    out += text.slice(position, range.start) + before + text.slice(range.start, range.end) + after;
    position = range.end;
  }
  return out + text.slice(position);
};
