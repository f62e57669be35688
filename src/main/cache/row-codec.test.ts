import { Unpackr } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import type { Row } from '../warehouse/warehouse';
import { decodeRows, encodeRows } from './row-codec';

describe('row codec', () => {
  it('round-trips every kind of cell value exactly', () => {
    const rows: Row[] = [
      ['', 'plain', 'ünïcödé ✓ 漢字 🙂', 'nul\u0000inside', 'x'.repeat(70_000), '  spaces  ', '{"json":"text"}'],
      [0, 1, -1, 127, 128, 255, 256, -32, -33, 65_535, 65_536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32],
      [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 0.1, -2.5, 1e-300, Number.MAX_VALUE, Number.MIN_VALUE],
      [1 / 3, 3.4028234663852886e38, 16777217.5, 1234567.891],
      [true, false, null],
      [[], [1, [2, [3, [4]]]], ['a', null, true, 1.5]],
      [{}, { a: 1, b: 'two', c: null, d: [true, { e: 'deep' }] }, { constructor: 'x', toString: 'y', '': 'empty key' }],
      [{ '10': 'numeric-looking key', '01': 'leading zero', é: 'non-ascii key' }],
      // Many objects with the same keys: what msgpackr's record extension would compress.
      ...Array.from({ length: 50 }, (_, index): Row => [{ id: index, name: `n${index}`, nested: { id: index } }]),
    ];
    const decoded = decodeRows(encodeRows(rows));
    expect(decoded).toStrictEqual(rows);
    // Plain objects, not Maps; arrays stay arrays.
    const object = decoded[6]?.[1];
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(object).not.toBeInstanceOf(Map);
  });

  it('keeps doubles at 64 bits (no float32 shortcut)', () => {
    const values = [0.1, 16777217.5, 3.141592653589793, 1.0000001];
    const [row] = decodeRows(encodeRows([values]));
    for (const [index, value] of values.entries()) expect(Object.is(row?.[index], value)).toBe(true);
  });

  it('writes plain MessagePack: the exact standard bytes, readable by a decoder with no shared state', () => {
    const bytes = encodeRows([[1, 'a', true, null, { k: 1.5 }]]);
    // fixarray(1), fixarray(5), 1, fixstr "a", true, nil, map16(1) fixstr "k" float64 1.5. (msgpackr
    // writes every map header as map16: not the shortest form, but standard MessagePack.)
    const expected = Buffer.from([
      0x91, 0x95, 0x01, 0xa1, 0x61, 0xc3, 0xc0, 0xde, 0x00, 0x01, 0xa1, 0x6b, 0xcb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0,
    ]);
    expect(Buffer.from(bytes).equals(expected)).toBe(true);

    const rows: Row[] = Array.from({ length: 20 }, (_, index) => [{ id: index, tag: 'same keys' }]);
    const fresh = new Unpackr({ mapsAsObjects: true });
    expect(fresh.unpack(encodeRows(rows))).toStrictEqual(rows);
  });

  it('pins the known limits, none of which a warehouse produces (see docs/cache.md)', () => {
    // Values a JSON CellValue cannot normally hold, or hold only in theory.
    const [row] = decodeRows(encodeRows([[-0, Number.NaN, Number.POSITIVE_INFINITY, '\ud800x']]));
    expect(Object.is(row?.[0], 0)).toBe(true); // -0 comes back as 0, as in JSON
    expect(row?.[1]).toBeNaN();
    expect(row?.[2]).toBe(Number.POSITIVE_INFINITY);
    expect(row?.[3]).toBe('\ufffdx'); // a lone surrogate is not UTF-8; it becomes U+FFFD
    // msgpackr renames the key "__proto__" so it cannot reach Object.prototype.
    const [objectRow] = decodeRows(encodeRows([[JSON.parse('{"__proto__": 1, "a": 2}') as { a: number }]]));
    expect(objectRow?.[0]).toStrictEqual({ __proto_: 1, a: 2 });
  });

  it('refuses a page that is not an array of rows', () => {
    expect(() => decodeRows(Buffer.from([0xa1, 0x61]))).toThrow(/array of rows/);
  });
});
