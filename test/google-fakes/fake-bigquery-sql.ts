/**
 * GoogleSQL -> DuckDB SQL for the fake BigQuery: enough of the dialect for the SQL Aisle writes
 * and tests send. Backtick paths become DuckDB catalog.schema.table names (projects are
 * attached catalogs, datasets schemas), `@name` parameters `$name`, double-quoted strings
 * single-quoted, and a few functions whose argument order or name differ are rewritten
 * (DATE_TRUNC(x, MONTH), DATE_ADD(x, INTERVAL 1 DAY), SAFE_CAST, FLOAT64 …). Offsets in the
 * translated text map back to the original, so error places `[line:col]` point at what was sent.
 */
import { errorPosition } from '../../src/main/query/error-position';

type TokenKind = 'space' | 'comment' | 'string' | 'backtick' | 'param' | 'word' | 'other';

interface Token {
  kind: TokenKind;
  text: string;
  start: number;
}

interface Piece {
  text: string;
  /** Where in the original SQL this piece starts. */
  origin: number;
  /** Whether the piece is the original text unchanged (offsets inside it map one to one). */
  verbatim: boolean;
}

const isWordStart = (char: string): boolean => /[A-Za-z_]/.test(char);
const isWordChar = (char: string): boolean => /[A-Za-z0-9_]/.test(char);

/** Reads a quoted run starting at `start` (after any prefix), honouring backslash escapes and triple quotes. */
const quotedEnd = (sql: string, start: number, quote: string, raw: boolean): number => {
  const triple = sql.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  let index = start + closing.length;
  while (index < sql.length) {
    if (!raw && sql[index] === '\\') {
      index += 2;
      continue;
    }
    if (sql.startsWith(closing, index)) return index + closing.length;
    index += 1;
  }
  return sql.length;
};

const tokenize = (sql: string): Token[] => {
  const tokens: Token[] = [];
  let index = 0;
  while (index < sql.length) {
    const start = index;
    const char = sql[index] ?? '';
    const next = sql[index + 1] ?? '';
    let kind: TokenKind;
    if (/\s/.test(char)) {
      while (index < sql.length && /\s/.test(sql[index] ?? '')) index += 1;
      kind = 'space';
    } else if ((char === '-' && next === '-') || char === '#') {
      while (index < sql.length && sql[index] !== '\n') index += 1;
      kind = 'comment';
    } else if (char === '/' && next === '*') {
      const end = sql.indexOf('*/', index + 2);
      index = end === -1 ? sql.length : end + 2;
      kind = 'comment';
    } else if (char === "'" || char === '"') {
      index = quotedEnd(sql, index, char, false);
      kind = 'string';
    } else if (/[rRbB]/.test(char) && (next === "'" || next === '"')) {
      index = quotedEnd(sql, index + 1, next, /[rR]/.test(char));
      kind = 'string';
    } else if (char === '`') {
      index = quotedEnd(sql, index, '`', false);
      kind = 'backtick';
    } else if (char === '@' && isWordStart(next)) {
      index += 1;
      while (index < sql.length && isWordChar(sql[index] ?? '')) index += 1;
      kind = 'param';
    } else if (isWordStart(char)) {
      while (index < sql.length && isWordChar(sql[index] ?? '')) index += 1;
      kind = 'word';
    } else {
      index += 1;
      kind = 'other';
    }
    tokens.push({ kind, text: sql.slice(start, index), start });
  }
  return tokens;
};

/** The value of a GoogleSQL string literal. */
const stringValue = (literal: string): string => {
  const raw = /^[rR]/.test(literal);
  const body = literal.replace(/^[rRbB]/, '');
  const quote = body.startsWith("'''") || body.startsWith('"""') ? body.slice(0, 3) : body.slice(0, 1);
  const inner = body.slice(quote.length, body.length - quote.length);
  if (raw) return inner;
  return inner.replace(/\\(.)/gs, (_, escaped: string) => {
    switch (escaped) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      default:
        return escaped;
    }
  });
};

const duckString = (value: string): string => `'${value.replaceAll("'", "''")}'`;
const duckIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** `a.b.c` inside backticks names three parts; a backslash escapes. */
const backtickParts = (token: string): string[] => token.slice(1, -1).replace(/\\(.)/g, '$1').split('.');

const TYPE_NAMES: Readonly<Record<string, string>> = {
  FLOAT64: 'DOUBLE',
  NUMERIC: 'DECIMAL(38, 9)',
  BIGNUMERIC: 'DECIMAL(38, 9)',
  BYTES: 'BLOB',
};

const DATE_PARTS = new Set(['DAY', 'WEEK', 'ISOWEEK', 'MONTH', 'QUARTER', 'YEAR', 'HOUR', 'MINUTE', 'SECOND']);

class Translator {
  readonly #tokens: Token[];
  readonly pieces: Piece[] = [];

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  #emit(text: string, origin: number, verbatim = false): void {
    this.pieces.push({ text, origin, verbatim });
  }

  /** The index of the next token after `index` that is not space or a comment. */
  #nextSolid(index: number, end: number): number {
    let next = index + 1;
    while (next < end && (this.#tokens[next]?.kind === 'space' || this.#tokens[next]?.kind === 'comment')) next += 1;
    return next;
  }

  /** For `(` at `open`: the index of its `)` and the top-level comma positions. */
  #call(open: number, end: number): { close: number; commas: number[] } | null {
    let depth = 0;
    const commas: number[] = [];
    for (let index = open; index < end; index += 1) {
      const token = this.#tokens[index];
      if (token?.kind !== 'other') continue;
      if (token.text === '(') depth += 1;
      else if (token.text === ')') {
        depth -= 1;
        if (depth === 0) return { close: index, commas };
      } else if (token.text === ',' && depth === 1) commas.push(index);
    }
    return null;
  }

  /** The text of tokens [from, to) without comments, upper-cased and trimmed (for date parts). */
  #plain(from: number, to: number): string {
    return this.#tokens
      .slice(from, to)
      .filter((token) => token.kind !== 'comment')
      .map((token) => token.text)
      .join('')
      .trim()
      .toUpperCase();
  }

  /** Rewrites the functions whose GoogleSQL form DuckDB does not take; true when it did. */
  #function(index: number, end: number): number | null {
    const word = this.#tokens[index];
    if (!word) return null;
    const name = word.text.toUpperCase();
    const open = this.#nextSolid(index, end);
    if (this.#tokens[open]?.text !== '(') return null;
    const call = this.#call(open, end);
    if (!call) return null;
    const { close, commas } = call;
    const firstArg = (): void => this.translate(open + 1, commas[0] ?? close);
    if (/^(DATE|TIMESTAMP|DATETIME)_TRUNC$/.test(name) && commas.length === 1 && commas[0] !== undefined) {
      const part = this.#plain(commas[0] + 1, close).replace(/\(.*\)$/, '');
      if (!DATE_PARTS.has(part)) return null;
      const duckPart = part === 'ISOWEEK' ? 'week' : part.toLowerCase();
      this.#emit(name === 'DATE_TRUNC' ? `CAST(date_trunc('${duckPart}', ` : `date_trunc('${duckPart}', `, word.start);
      firstArg();
      this.#emit(name === 'DATE_TRUNC' ? ') AS DATE)' : ')', word.start);
      return close + 1;
    }
    if (/^(DATE|TIMESTAMP|DATETIME)_(ADD|SUB)$/.test(name) && commas.length === 1 && commas[0] !== undefined) {
      const sign = name.endsWith('_ADD') ? '+' : '-';
      this.#emit(name.startsWith('DATE_') ? 'CAST((' : '((', word.start);
      firstArg();
      this.#emit(`) ${sign}`, word.start);
      this.translate(commas[0] + 1, close);
      this.#emit(name.startsWith('DATE_') ? ' AS DATE)' : ')', word.start);
      return close + 1;
    }
    if (name === 'SAFE_CAST') {
      this.#emit('TRY_CAST', word.start);
      return index + 1;
    }
    return null;
  }

  translate(from: number, to: number): void {
    for (let index = from; index < to;) {
      const token = this.#tokens[index];
      if (!token) break;
      switch (token.kind) {
        case 'string':
          this.#emit(duckString(stringValue(token.text)), token.start);
          break;
        case 'backtick':
          this.#emit(backtickParts(token.text).map(duckIdent).join('.'), token.start);
          break;
        case 'param':
          this.#emit(`$${token.text.slice(1)}`, token.start);
          break;
        case 'word': {
          const rewritten = this.#function(index, to);
          if (rewritten !== null) {
            index = rewritten;
            continue;
          }
          const type = TYPE_NAMES[token.text.toUpperCase()];
          if (type) this.#emit(type, token.start);
          else this.#emit(token.text, token.start, true);
          break;
        }
        default:
          this.#emit(token.text, token.start, true);
      }
      index += 1;
    }
  }
}

export interface Translation {
  sql: string;
  /** The original offset for an offset in the translated text. */
  originOf: (offset: number) => number;
}

export const translateSql = (sql: string): Translation => {
  const tokens = tokenize(sql);
  const translator = new Translator(tokens);
  translator.translate(0, tokens.length);
  const starts: number[] = [];
  let text = '';
  for (const piece of translator.pieces) {
    starts.push(text.length);
    text += piece.text;
  }
  const originOf = (offset: number): number => {
    let found = 0;
    for (let index = 0; index < starts.length; index += 1) {
      if ((starts[index] ?? 0) <= offset) found = index;
      else break;
    }
    const piece = translator.pieces[found];
    if (!piece) return 0;
    return piece.verbatim ? piece.origin + (offset - (starts[found] ?? 0)) : piece.origin;
  };
  return { sql: text, originOf };
};

const offsetOf = (sql: string, line: number, column: number): number => {
  const lines = sql.split('\n');
  let offset = 0;
  for (let index = 0; index < line - 1; index += 1) offset += (lines[index]?.length ?? 0) + 1;
  return offset + column - 1;
};

const lineColumnOf = (sql: string, offset: number): { line: number; column: number } => {
  const before = sql.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

/** BigQuery's `[line:col]` for a DuckDB error about translated text, in the original's coordinates. */
export const placeOf = (duckMessage: string, translation: Translation, original: string): string | null => {
  const position = errorPosition(duckMessage, translation.sql);
  if (!position) return null;
  const origin = translation.originOf(offsetOf(translation.sql, position.line, position.column));
  const { line, column } = lineColumnOf(original, origin);
  return `[${line}:${column}]`;
};
