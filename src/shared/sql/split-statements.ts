import type { SqlDialect } from './dialect';
import { lineColumnIn, lineStarts } from './line-column';
import { scanSql, type Segment } from './scan';

/** One statement of a script: its text and where it sits in the original. */
export interface SqlStatement {
  /** The statement without its `;` and surrounding whitespace; leading comments are kept. */
  text: string;
  /** Offset of its first character in the original text (UTF-16 code units). */
  start: number;
  /** Offset just past its last character: `text === sql.slice(start, end)`. */
  end: number;
  /** 1-based line and column of `start`. */
  startLine: number;
  startColumn: number;
}

const isBlank = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);
const isLineBreak = (char: string | undefined): boolean => char === '\n' || char === '\r';

/** Offsets of the `;` that end statements: only those in code, not in strings or comments. */
const separators = (sql: string, segments: readonly Segment[]): number[] => {
  const found: number[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'code') continue;
    for (let at = sql.indexOf(';', segment.start); at !== -1 && at < segment.end; at = sql.indexOf(';', at + 1)) {
      found.push(at);
    }
  }
  return found;
};

/** Comment segments by their start offset. */
const commentsByStart = (segments: readonly Segment[]): Map<number, Segment> =>
  new Map(segments.filter((segment) => segment.kind === 'comment').map((segment) => [segment.start, segment]));

/**
 * Where a statement's text begins within [from, to). After a `;`, whitespace and comments on
 * the rest of that line belong to the statement before (`SELECT 1; -- the first`), so they are
 * passed over before the usual skip of whitespace.
 */
const textStart = (
  sql: string,
  comments: ReadonlyMap<number, Segment>,
  from: number,
  to: number,
  afterSeparator: boolean,
): number => {
  let at = from;
  if (afterSeparator) {
    while (at < to && !isLineBreak(sql[at])) {
      const comment = comments.get(at);
      if (comment) at = comment.end;
      else if (isBlank(sql[at])) at += 1;
      else break;
    }
  }
  while (at < to && isBlank(sql[at])) at += 1;
  return at;
};

/**
 * Whether [from, to) holds anything besides whitespace and comments. `first` is the index of a
 * segment at or before `from`, so a whole script is checked in one pass over its segments.
 */
const hasContent = (sql: string, segments: readonly Segment[], first: number, from: number, to: number): boolean => {
  for (let index = first; index < segments.length; index += 1) {
    const segment = segments[index];
    if (segment === undefined || segment.start >= to) return false;
    if (segment.end <= from || segment.kind === 'comment') continue;
    if (segment.kind !== 'code') return true;
    if (/\S/.test(sql.slice(Math.max(segment.start, from), Math.min(segment.end, to)))) return true;
  }
  return false;
};

/**
 * Splits a script on `;` outside strings, quoted identifiers, dollar quotes (DuckDB),
 * backtick identifiers (BigQuery) and comments. Pieces that hold only whitespace and comments
 * are left out; the last statement needs no `;`.
 */
export const splitStatements = (sql: string, dialect: SqlDialect): SqlStatement[] => {
  const segments = scanSql(sql, dialect);
  const comments = commentsByStart(segments);
  const starts = lineStarts(sql);
  const statements: SqlStatement[] = [];
  let pieceStart = 0;
  let firstSegment = 0;
  for (const pieceEnd of [...separators(sql, segments), sql.length]) {
    while ((segments[firstSegment]?.end ?? Infinity) <= pieceStart) firstSegment += 1;
    const start = textStart(sql, comments, pieceStart, pieceEnd, pieceStart > 0);
    let end = pieceEnd;
    while (end > start && isBlank(sql[end - 1])) end -= 1;
    if (hasContent(sql, segments, firstSegment, start, end)) {
      const { line, column } = lineColumnIn(starts, start);
      statements.push({ text: sql.slice(start, end), start, end, startLine: line, startColumn: column });
    }
    pieceStart = pieceEnd + 1;
  }
  return statements;
};

/**
 * The statement Ctrl/Cmd+Enter runs for a cursor at `offset`: the one containing it (its end
 * included), else the last one ending before it (the cursor sits after a `;` or on the blank
 * lines that follow), else the first one (the cursor is above everything). Null when the text
 * holds no statement.
 */
export const statementAt = (sql: string, offset: number, dialect: SqlDialect): SqlStatement | null => {
  const statements = splitStatements(sql, dialect);
  const containing = statements.find((statement) => statement.start <= offset && offset <= statement.end);
  if (containing) return containing;
  const before = statements.filter((statement) => statement.end <= offset).at(-1);
  return before ?? statements[0] ?? null;
};
