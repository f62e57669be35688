import { describe, expect, it } from 'vitest';
import { findNamedParams, replaceNamedParams, toDuckDbParams } from './named-params';

describe('findNamedParams', () => {
  it('lists distinct parameters in order of first use', () => {
    expect(findNamedParams('SELECT * FROM t WHERE a >= @min AND a < @max OR b = @min', 'duckdb')).toEqual([
      'min',
      'max',
    ]);
  });

  it('treats names that differ only in case as one parameter, first spelling kept', () => {
    expect(findNamedParams('SELECT @Min, @min, @MIN, @other', 'bigquery')).toEqual(['Min', 'other']);
  });

  it('ignores @ in strings, quoted identifiers and comments, e-mail addresses included', () => {
    const sql = [
      'SELECT \'ann@example.com\', "col@x", email -- ask @someone',
      "/* @block */ FROM users WHERE email = 'bob@shop.test' AND id = @id AND note = $$@dollar$$",
    ].join('\n');
    expect(findNamedParams(sql, 'duckdb')).toEqual(['id']);
    expect(findNamedParams("SELECT `t@x`.a, 'c@d' # @hash\nFROM t WHERE a = @a", 'bigquery')).toEqual(['a']);
  });

  it('ignores @@system variables, the <@ operator and @ glued to a word', () => {
    expect(findNamedParams('SELECT @@dataset_id, @@project_id, @p', 'bigquery')).toEqual(['p']);
    expect(findNamedParams('SELECT [1] <@ [1, 2], x<@y, a@b, @ -5, @ok', 'duckdb')).toEqual(['ok']);
  });

  it('finds parameters next to punctuation', () => {
    expect(findNamedParams('SELECT (@a+@b),@c;IN(@d)', 'duckdb')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('toDuckDbParams', () => {
  it('rewrites @name to $name in code only, keeping every offset', () => {
    const sql = "SELECT 'x@y', @min -- @note\nFROM t WHERE a > @min AND b < @max AND c = @@v";
    const rewritten = toDuckDbParams(sql);
    expect(rewritten).toBe("SELECT 'x@y', $min -- @note\nFROM t WHERE a > $min AND b < $max AND c = @@v");
    expect(rewritten).toHaveLength(sql.length);
  });

  it('leaves SQL without parameters as it is', () => {
    const sql = 'SELECT [1] <@ [1, 2], @ -5';
    expect(toDuckDbParams(sql)).toBe(sql);
  });
});

describe('replaceNamedParams', () => {
  it('replaces each use with what the callback returns', () => {
    expect(replaceNamedParams('SELECT @a, @b, @a', 'bigquery', (name) => `<${name}>`)).toBe('SELECT <a>, <b>, <a>');
  });
});
