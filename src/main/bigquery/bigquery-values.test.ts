import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  convertRows,
  convertValue,
  formatTimestampMicros,
  secondsTextToMicros,
  toQueryParameters,
  typeName,
  type RestField,
} from './bigquery-values';

const field = (type: string, extra: Partial<RestField> = {}): RestField => ({ name: 'x', type, ...extra });

describe('typeName', () => {
  it('uses GoogleSQL names for the legacy names the API answers with', () => {
    expect(
      ['INTEGER', 'FLOAT', 'BOOLEAN', 'STRING', 'NUMERIC', 'TIMESTAMP'].map((type) => typeName(field(type))),
    ).toEqual(['INT64', 'FLOAT64', 'BOOL', 'STRING', 'NUMERIC', 'TIMESTAMP']);
  });

  it('writes arrays, structs and ranges as GoogleSQL does', () => {
    const nested = field('RECORD', {
      mode: 'REPEATED',
      fields: [field('STRING', { name: 'sku' }), field('INTEGER', { name: 'sizes', mode: 'REPEATED' })],
    });
    expect(typeName(nested)).toBe('ARRAY<STRUCT<sku STRING, sizes ARRAY<INT64>>>');
    expect(typeName(field('RANGE', { rangeElementType: { type: 'DATE' } }))).toBe('RANGE<DATE>');
  });

  it('lists the columns of a schema', () => {
    expect(columnsOf({ fields: [field('INTEGER', { name: 'n' }), field('DATE', { name: 'day' })] })).toEqual([
      { name: 'n', type: 'INT64' },
      { name: 'day', type: 'DATE' },
    ]);
    expect(columnsOf(undefined)).toEqual([]);
  });
});

describe('convertValue', () => {
  it('keeps INT64 beyond 2^53 as exact text and smaller ones as numbers', () => {
    expect(convertValue(field('INTEGER'), '9007199254740993')).toBe('9007199254740993');
    expect(convertValue(field('INT64'), '-9007199254740991')).toBe(-9007199254740991);
    expect(convertValue(field('INTEGER'), '42')).toBe(42);
  });

  it('turns NUMERIC and BIGNUMERIC into numbers only when the number reads back the same', () => {
    expect(convertValue(field('NUMERIC'), '12.5')).toBe(12.5);
    expect(convertValue(field('NUMERIC'), '12.50')).toBe(12.5);
    expect(convertValue(field('NUMERIC'), '-0.001')).toBe(-0.001);
    expect(convertValue(field('BIGNUMERIC'), '123456789012345678901234567890.5')).toBe(
      '123456789012345678901234567890.5',
    );
    expect(convertValue(field('NUMERIC'), '0.1234567890123456789')).toBe('0.1234567890123456789');
  });

  it('keeps FLOAT64 values that JSON cannot hold as BigQuery writes them', () => {
    expect(convertValue(field('FLOAT'), '1.5')).toBe(1.5);
    expect(convertValue(field('FLOAT'), 'NaN')).toBe('NaN');
    expect(convertValue(field('FLOAT'), '-Infinity')).toBe('-Infinity');
  });

  it('writes timestamps as UTC text, from whole microseconds or float seconds', () => {
    expect(convertValue(field('TIMESTAMP'), '1709296496123456')).toBe('2024-03-01 12:34:56.123456');
    expect(convertValue(field('TIMESTAMP'), '1.709296496E9')).toBe('2024-03-01 12:34:56');
    expect(convertValue(field('TIMESTAMP'), '1709296496.5')).toBe('2024-03-01 12:34:56.500000');
    expect(convertValue(field('TIMESTAMP'), '-1')).toBe('1969-12-31 23:59:59.999999');
  });

  it('keeps DATE, TIME and DATETIME as text, with a space in DATETIME', () => {
    expect(convertValue(field('DATE'), '2024-02-29')).toBe('2024-02-29');
    expect(convertValue(field('TIME'), '23:59:59.5')).toBe('23:59:59.5');
    expect(convertValue(field('DATETIME'), '2024-02-29T08:15:00.250000')).toBe('2024-02-29 08:15:00.250000');
  });

  it('keeps BYTES (base64), JSON, GEOGRAPHY and INTERVAL as text; BOOL as booleans', () => {
    expect(convertValue(field('BYTES'), 'q80=')).toBe('q80=');
    expect(convertValue(field('JSON'), '{"a":12345678901234567890}')).toBe('{"a":12345678901234567890}');
    expect(convertValue(field('GEOGRAPHY'), 'POINT(1 2)')).toBe('POINT(1 2)');
    expect(convertValue(field('INTERVAL'), '0-0 1 0:0:0')).toBe('0-0 1 0:0:0');
    expect(convertValue(field('BOOLEAN'), 'true')).toBe(true);
    expect(convertValue(field('BOOL'), 'false')).toBe(false);
  });

  it('turns structs into objects and repeated fields into arrays, nulls into null', () => {
    const item = field('RECORD', {
      fields: [field('STRING', { name: 'sku' }), field('INTEGER', { name: 'qty' }), field('STRING', { name: '' })],
    });
    expect(convertValue(item, { f: [{ v: 'A1' }, { v: '3' }, { v: null }] })).toEqual({
      sku: 'A1',
      qty: 3,
      _field_3: null,
    });
    expect(convertValue(field('INTEGER', { mode: 'REPEATED' }), [{ v: '1' }, { v: '2' }])).toEqual([1, 2]);
    expect(convertValue(field('INTEGER', { mode: 'REPEATED' }), [])).toEqual([]);
    expect(convertValue(field('STRING'), null)).toBeNull();
    expect(convertValue(item, null)).toBeNull();
  });

  it('converts whole pages against the schema', () => {
    const schema = { fields: [field('INTEGER', { name: 'n' }), field('STRING', { name: 's' })] };
    expect(convertRows(schema, [{ f: [{ v: '1' }, { v: 'a' }] }, { f: [{ v: null }, { v: 'b' }] }])).toEqual([
      [1, 'a'],
      [null, 'b'],
    ]);
    expect(convertRows(schema, undefined)).toEqual([]);
  });
});

describe('timestamps', () => {
  it('reads float seconds exactly, to the microsecond', () => {
    expect(secondsTextToMicros('1.7041646455E9')).toBe(1704164645500000n);
    expect(secondsTextToMicros('0.000001')).toBe(1n);
    expect(secondsTextToMicros('-1.5')).toBe(-1500000n);
    expect(secondsTextToMicros('nonsense')).toBeNull();
  });

  it('formats microseconds in UTC', () => {
    expect(formatTimestampMicros(0n)).toBe('1970-01-01 00:00:00');
    expect(formatTimestampMicros(1n)).toBe('1970-01-01 00:00:00.000001');
  });
});

describe('toQueryParameters', () => {
  it('infers STRING, INT64, FLOAT64 and BOOL, and types NULL as STRING', () => {
    expect(toQueryParameters({ s: 'knit', n: 3, big: 2 ** 60, f: 0.5, b: false, none: null })).toEqual([
      { name: 's', parameterType: { type: 'STRING' }, parameterValue: { value: 'knit' } },
      { name: 'n', parameterType: { type: 'INT64' }, parameterValue: { value: '3' } },
      { name: 'big', parameterType: { type: 'FLOAT64' }, parameterValue: { value: String(2 ** 60) } },
      { name: 'f', parameterType: { type: 'FLOAT64' }, parameterValue: { value: '0.5' } },
      { name: 'b', parameterType: { type: 'BOOL' }, parameterValue: { value: 'false' } },
      { name: 'none', parameterType: { type: 'STRING' }, parameterValue: {} },
    ]);
    expect(toQueryParameters(undefined)).toEqual([]);
  });
});
