import type { SqlPosition } from '../../shared/contract';
import { lineText } from '../../shared/sql';
import { offsetAtWidth } from './display-width';

/** DuckDB's excerpt under an error: `LINE 4: WHERE pricee > 1` and a caret line below it. */
const duckDbContext = /^LINE (\d+): (.*)\n( *)\^[^\S\n]*$/m;
/** BigQuery's place in an error: `… at [3:14]`. */
const bigQueryPlace = /\bat \[(\d+):(\d+)\]/;

const ELLIPSIS = '...';

/** The displayed excerpt without the `...` DuckDB puts where it cut the line, and where it starts. */
const locateExcerpt = (line: string, shown: string): { start: number; cutBefore: boolean } | null => {
  const whole = shown.endsWith(ELLIPSIS) && !line.includes(shown) ? shown.slice(0, -ELLIPSIS.length) : shown;
  if (line.startsWith(whole)) return { start: 0, cutBefore: false };
  if (!whole.startsWith(ELLIPSIS)) return null;
  const start = line.indexOf(whole.slice(ELLIPSIS.length), 1);
  return start === -1 ? null : { start, cutBefore: true };
};

/**
 * DuckDB draws the caret in display columns under an excerpt of the line (cut with `...` when
 * the line is long), so the column is found by locating the excerpt in the statement's own
 * line and walking it by display width.
 */
const fromDuckDb = (message: string, sql: string): SqlPosition | null => {
  const match = duckDbContext.exec(message);
  if (!match) return null;
  const [, lineNumber = '', shown = '', caretIndent = ''] = match;
  const line = Number(lineNumber);
  const text = lineText(sql, line);
  if (line < 1 || text === null) return null;
  const excerpt = locateExcerpt(text, shown);
  if (excerpt === null) return { line, column: 1 };
  const width = caretIndent.length - `LINE ${lineNumber}: `.length - (excerpt.cutBefore ? ELLIPSIS.length : 0);
  return { line, column: offsetAtWidth(text, excerpt.start, Math.max(0, width)) + 1 };
};

const fromBigQuery = (message: string): SqlPosition | null => {
  const match = bigQueryPlace.exec(message);
  const line = Number(match?.[1]);
  const column = Number(match?.[2]);
  return line >= 1 && column >= 1 ? { line, column } : null;
};

/**
 * Where an engine's error message places the error, relative to `sql` (the text that was
 * run): 1-based line, and 1-based column in UTF-16 code units as Monaco counts. Null when the
 * message names no place.
 */
export const errorPosition = (message: string, sql: string): SqlPosition | null =>
  fromDuckDb(message, sql) ?? fromBigQuery(message);

/**
 * The message without DuckDB's line excerpt and caret: they only line up in a monospace
 * terminal, and `errorPosition` carries the place to the editor's marker instead.
 */
export const withoutExcerpt = (message: string): string => {
  const match = duckDbContext.exec(message);
  if (!match) return message;
  const before = message.slice(0, match.index).replace(/\s+$/, '');
  const after = message.slice(match.index + match[0].length).replace(/^\s+/, '');
  return [before, after].filter((part) => part !== '').join('\n');
};
