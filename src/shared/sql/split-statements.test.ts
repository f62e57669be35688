import { describe, expect, it } from 'vitest';
import { splitStatements, statementAt } from './split-statements';

const texts = (sql: string, dialect: 'duckdb' | 'bigquery' = 'duckdb'): string[] =>
  splitStatements(sql, dialect).map((statement) => statement.text);

describe('splitStatements', () => {
  it('splits on semicolons and keeps a last statement without one', () => {
    expect(texts('SELECT 1;\nSELECT 2;\nSELECT 3')).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
  });

  it('reports offsets into the original and 1-based lines and columns', () => {
    const sql = 'SELECT 1;\n\n  SELECT\n    2 ;';
    const statements = splitStatements(sql, 'duckdb');
    expect(statements).toEqual([
      { text: 'SELECT 1', start: 0, end: 8, startLine: 1, startColumn: 1 },
      { text: 'SELECT\n    2', start: 13, end: 25, startLine: 3, startColumn: 3 },
    ]);
    for (const statement of statements) expect(sql.slice(statement.start, statement.end)).toBe(statement.text);
  });

  it('counts \\r\\n and lone \\r as one line break each', () => {
    const statements = splitStatements('SELECT 1;\r\n\r\nSELECT 2;\rSELECT 3', 'duckdb');
    expect(statements.map((s) => [s.startLine, s.startColumn])).toEqual([
      [1, 1],
      [3, 1],
      [4, 1],
    ]);
  });

  it('skips empty statements and ones that are only whitespace or comments', () => {
    expect(texts(';;  ;\n-- nothing here;\n/* nor; here */;SELECT 1;;\n-- trailing note\n')).toEqual(['SELECT 1']);
    expect(texts('')).toEqual([]);
    expect(texts('  \n\t')).toEqual([]);
    expect(texts('-- only a comment')).toEqual([]);
  });

  it('ignores semicolons in single-quoted strings, with doubled quotes inside', () => {
    expect(texts("SELECT 'a;b', 'it''s; fine'; SELECT 2")).toEqual(["SELECT 'a;b', 'it''s; fine'", 'SELECT 2']);
  });

  it("ignores semicolons in DuckDB E'…' strings with backslash escapes", () => {
    expect(texts("SELECT E'a\\';b'; SELECT 2")).toEqual(["SELECT E'a\\';b'", 'SELECT 2']);
    // Without the E a backslash is an ordinary character, so the quote after it ends the string.
    expect(texts("SELECT 'a\\'; SELECT 2")).toEqual(["SELECT 'a\\'", 'SELECT 2']);
  });

  it('ignores semicolons in double-quoted identifiers', () => {
    expect(texts('SELECT 1 AS "a;b"; SELECT 2 AS "say ""hi;"""')).toEqual([
      'SELECT 1 AS "a;b"',
      'SELECT 2 AS "say ""hi;"""',
    ]);
  });

  it('ignores semicolons in line and block comments, nested ones in DuckDB', () => {
    expect(texts('SELECT 1 -- not here; really\n, 2; SELECT /* a; /* b; */ c; */ 3')).toEqual([
      'SELECT 1 -- not here; really\n, 2',
      'SELECT /* a; /* b; */ c; */ 3',
    ]);
  });

  it('does not nest block comments in BigQuery, and treats # as a comment there', () => {
    expect(texts('SELECT /* a /* b */ 1; SELECT 2 # no; split\n', 'bigquery')).toEqual([
      'SELECT /* a /* b */ 1',
      'SELECT 2 # no; split',
    ]);
    // In DuckDB # is not a comment.
    expect(texts('SELECT 2 # x; SELECT 3')).toEqual(['SELECT 2 # x', 'SELECT 3']);
  });

  it('ignores semicolons in DuckDB dollar quotes, plain and tagged', () => {
    expect(texts("SELECT $$a;b$$; SELECT $fn$ x; $$ y; $fn$; SELECT 'z'")).toEqual([
      'SELECT $$a;b$$',
      'SELECT $fn$ x; $$ y; $fn$',
      "SELECT 'z'",
    ]);
  });

  it('does not mistake DuckDB $name parameters for dollar quotes', () => {
    expect(texts('SELECT $min; SELECT $1 + $max;')).toEqual(['SELECT $min', 'SELECT $1 + $max']);
  });

  it('ignores semicolons in BigQuery backtick identifiers and strings of every kind', () => {
    const sql = [
      'SELECT * FROM `my-project.shop;data.orders`',
      "SELECT 'a;b', \"c;d\", 'it\\'s;', r'\\d;', '''x;\n'y';''', \"\"\"p;\"q\"\"\"",
      'SELECT 3',
    ].join(';\n');
    expect(texts(sql, 'bigquery')).toEqual([
      'SELECT * FROM `my-project.shop;data.orders`',
      "SELECT 'a;b', \"c;d\", 'it\\'s;', r'\\d;', '''x;\n'y';''', \"\"\"p;\"q\"\"\"",
      'SELECT 3',
    ]);
  });

  it('treats backticks as ordinary characters in DuckDB', () => {
    expect(texts('SELECT `a; SELECT b`')).toEqual(['SELECT `a', 'SELECT b`']);
  });

  it('runs an unterminated string or comment to the end of the text', () => {
    expect(texts("SELECT 1; SELECT 'open; SELECT 3")).toEqual(['SELECT 1', "SELECT 'open; SELECT 3"]);
    expect(texts('SELECT 1; /* open; SELECT 3')).toEqual(['SELECT 1']);
  });

  it('keeps a comment above a statement with it, and one after a ; on the same line with the one before', () => {
    const sql = 'SELECT 1; -- the first\n\n-- Top sellers\nSELECT 2;';
    expect(texts(sql)).toEqual(['SELECT 1', '-- Top sellers\nSELECT 2']);
    expect(splitStatements(sql, 'duckdb')[1]).toMatchObject({ startLine: 3, startColumn: 1 });
  });

  it('splits a large script in one pass', () => {
    const sql = Array.from({ length: 20_000 }, (_, i) => `-- query ${i}\nSELECT ${i} AS "n;" /* ; */`).join(';\n');
    const statements = splitStatements(sql, 'duckdb');
    expect(statements).toHaveLength(20_000);
    expect(statements.at(-1)).toMatchObject({
      text: '-- query 19999\nSELECT 19999 AS "n;" /* ; */',
      startLine: 39_999,
    });
  });
});

describe('statementAt', () => {
  const sql = '-- top\nSELECT 1;\n\nSELECT\n  2; -- two\n\n\n';
  const at = (offset: number): string | undefined => statementAt(sql, offset, 'duckdb')?.text;

  it('finds the statement containing the cursor, including right after its last character', () => {
    expect(at(sql.indexOf('SELECT 1'))).toBe('-- top\nSELECT 1');
    expect(at(sql.indexOf('1;'))).toBe('-- top\nSELECT 1');
    expect(at(sql.indexOf('1;') + 1)).toBe('-- top\nSELECT 1');
    expect(at(sql.indexOf('  2'))).toBe('SELECT\n  2');
  });

  it('takes the statement ending before the cursor when the cursor is after a ; or on blank lines', () => {
    expect(at(sql.indexOf('1;') + 2)).toBe('-- top\nSELECT 1');
    expect(at(sql.indexOf('\n\nSELECT') + 1)).toBe('-- top\nSELECT 1');
    expect(at(sql.indexOf('-- two') + 3)).toBe('SELECT\n  2');
    expect(at(sql.length)).toBe('SELECT\n  2');
  });

  it('takes the first statement when the cursor is above everything', () => {
    expect(statementAt('\n\n  SELECT 1; SELECT 2', 0, 'duckdb')?.text).toBe('SELECT 1');
  });

  it('returns null when there is no statement', () => {
    expect(statementAt('-- nothing', 3, 'duckdb')).toBeNull();
  });
});
