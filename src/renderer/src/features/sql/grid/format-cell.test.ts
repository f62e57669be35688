import { describe, expect, it } from 'vitest';
import { cellKind, formatCell, toTsv } from './format-cell';

describe('formatCell', () => {
  it('groups measures but not ids, and shows NULL, booleans and nested values plainly', () => {
    expect(formatCell(1234567.891, 'DOUBLE', 'revenue')).toBe('1,234,567.891');
    expect(formatCell(536365, 'BIGINT', 'order_id')).toBe('536365');
    expect(formatCell(null, 'VARCHAR', 'name')).toBe('NULL');
    expect(formatCell(true, 'BOOLEAN', 'flag')).toBe('true');
    expect(formatCell({ a: [1, 2] }, 'STRUCT(a INTEGER[])', 's')).toBe('{"a":[1,2]}');
    expect(formatCell('9007199254740993', 'BIGINT', 'big')).toBe('9007199254740993');
  });

  it('classifies cells for styling', () => {
    expect(cellKind('2024-01-02', 'DATE')).toBe('date');
    expect(cellKind('12.5', 'DECIMAL(10,2)')).toBe('number');
    expect(cellKind([1], 'INTEGER[]')).toBe('nested');
    expect(cellKind(undefined, 'VARCHAR')).toBe('null');
  });
});

describe('toTsv', () => {
  it('writes tab-separated lines, empty for NULL, tabs and newlines inside values flattened', () => {
    expect(
      toTsv(
        ['a', 'b'],
        [
          [1, 'x\ty'],
          [null, { k: 1 }],
        ],
      ),
    ).toBe('a\tb\n1\tx y\n\t{"k":1}');
  });
});
