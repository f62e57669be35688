import { describe, expect, it } from 'vitest';
import { lineColumnAt, lineStarts, lineText } from './line-column';

describe('line and column', () => {
  const sql = 'SELECT 1,\r\n  2\rFROM t\n\nWHERE x';

  it('starts a line after \\r\\n, \\r and \\n', () => {
    expect(lineStarts(sql)).toEqual([0, 11, 15, 22, 23]);
  });

  it('turns an offset into a 1-based line and column', () => {
    expect(lineColumnAt(sql, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(sql, sql.indexOf('2'))).toEqual({ line: 2, column: 3 });
    expect(lineColumnAt(sql, sql.indexOf('FROM'))).toEqual({ line: 3, column: 1 });
    expect(lineColumnAt(sql, sql.indexOf('x'))).toEqual({ line: 5, column: 7 });
  });

  it('gives the text of a line without its break, and null past the end', () => {
    expect(lineText(sql, 1)).toBe('SELECT 1,');
    expect(lineText(sql, 2)).toBe('  2');
    expect(lineText(sql, 4)).toBe('');
    expect(lineText(sql, 5)).toBe('WHERE x');
    expect(lineText(sql, 6)).toBeNull();
  });
});
