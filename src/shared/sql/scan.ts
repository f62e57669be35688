import type { SqlDialect } from './dialect';

/**
 * What a stretch of SQL text is, lexically. Only `code` can hold statement separators and
 * parameters; everything else is skipped whole.
 */
export type SegmentKind = 'code' | 'string' | 'quoted-identifier' | 'comment';

export interface Segment {
  kind: SegmentKind;
  /** Offset of the first character (UTF-16 code units, as JavaScript and Monaco count). */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

const identifierChar = /[A-Za-z0-9_\u0080-\uffff]/;
const dollarTag = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;

const isIdentifierChar = (char: string | undefined): boolean => char !== undefined && identifierChar.test(char);

/** Offset just past a line comment: the line break itself stays code. */
const endOfLine = (sql: string, from: number): number => {
  for (let at = from; at < sql.length; at += 1) {
    const char = sql[at];
    if (char === '\n' || char === '\r') return at;
  }
  return sql.length;
};

/** DuckDB (like PostgreSQL) nests block comments; GoogleSQL does not. */
const endOfBlockComment = (sql: string, from: number, nested: boolean): number => {
  let depth = 1;
  let at = from + 2;
  while (at < sql.length) {
    if (sql.startsWith('*/', at)) {
      depth -= 1;
      at += 2;
      if (depth === 0) return at;
    } else if (nested && sql.startsWith('/*', at)) {
      depth += 1;
      at += 2;
    } else {
      at += 1;
    }
  }
  return sql.length;
};

/**
 * Offset just past a quoted run that starts with `quote` at `from`. A doubled quote stays
 * inside when `doubled` allows it; a backslash escapes the next character when `backslash` does.
 */
const endOfQuoted = (sql: string, from: number, quote: string, doubled: boolean, backslash: boolean): number => {
  let at = from + quote.length;
  while (at < sql.length) {
    if (backslash && sql[at] === '\\') {
      at += 2;
    } else if (sql.startsWith(quote, at)) {
      if (doubled && sql.startsWith(quote, at + quote.length)) at += quote.length * 2;
      else return at + quote.length;
    } else {
      at += 1;
    }
  }
  return sql.length;
};

/** A quoted or commented run starting at `at`, or null when `at` is plain code. */
const specialAt = (sql: string, at: number, dialect: SqlDialect): Segment | null => {
  const char = sql[at];
  const next = sql[at + 1];
  const segment = (kind: SegmentKind, end: number): Segment => ({ kind, start: at, end });
  if (char === '-' && next === '-') return segment('comment', endOfLine(sql, at));
  if (char === '/' && next === '*') return segment('comment', endOfBlockComment(sql, at, dialect === 'duckdb'));
  switch (dialect) {
    case 'duckdb': {
      if (char === "'") {
        // E'…' strings take backslash escapes; plain ones only double the quote.
        const prefix = sql[at - 1];
        const escapes = (prefix === 'E' || prefix === 'e') && !isIdentifierChar(sql[at - 2]);
        return segment('string', endOfQuoted(sql, at, "'", true, escapes));
      }
      if (char === '"') return segment('quoted-identifier', endOfQuoted(sql, at, '"', true, false));
      if (char === '$' && !isIdentifierChar(sql[at - 1])) {
        dollarTag.lastIndex = at;
        const tag = dollarTag.exec(sql)?.[0];
        if (tag !== undefined) {
          const close = sql.indexOf(tag, at + tag.length);
          return segment('string', close === -1 ? sql.length : close + tag.length);
        }
      }
      return null;
    }
    case 'bigquery': {
      if (char === '#') return segment('comment', endOfLine(sql, at));
      if (char === "'" || char === '"') {
        const triple = char.repeat(3);
        const quote = sql.startsWith(triple, at) ? triple : char;
        // Raw strings (r'…') keep their backslashes, but a backslash still keeps the quote after it inside.
        return segment('string', endOfQuoted(sql, at, quote, false, true));
      }
      if (char === '`') return segment('quoted-identifier', endOfQuoted(sql, at, '`', false, true));
      return null;
    }
  }
};

/**
 * Cuts SQL text into code, strings, quoted identifiers and comments, in order and covering
 * every character. An unterminated string or comment runs to the end of the text, as the
 * engine would read it.
 */
export const scanSql = (sql: string, dialect: SqlDialect): Segment[] => {
  const segments: Segment[] = [];
  let codeStart = 0;
  let at = 0;
  while (at < sql.length) {
    const special = specialAt(sql, at, dialect);
    if (special === null) {
      at += 1;
      continue;
    }
    if (codeStart < at) segments.push({ kind: 'code', start: codeStart, end: at });
    segments.push(special);
    at = special.end;
    codeStart = at;
  }
  if (codeStart < sql.length) segments.push({ kind: 'code', start: codeStart, end: sql.length });
  return segments;
};
