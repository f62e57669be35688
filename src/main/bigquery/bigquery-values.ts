import type { CellValue, ColumnInfo, ParamValue, Row } from '../warehouse/warehouse';

/** A column as the REST API describes it (`schema.fields[]` of a table or a query result). */
export interface RestField {
  name: string;
  type: string;
  /** NULLABLE, REQUIRED or REPEATED. */
  mode?: string;
  fields?: RestField[];
  rangeElementType?: { type: string };
}

export interface RestSchema {
  fields?: RestField[];
}

/**
 * A row as the REST API sends it: `{f: [{v}, …]}`. Scalars are strings; a STRUCT is a nested
 * row; a REPEATED value is a list of `{v}`; NULL is null.
 */
export interface RestRow {
  f: RestCell[];
}
export interface RestCell {
  v?: RestValue;
}
export type RestValue = string | null | RestRow | RestCell[];

/** The REST API still answers with legacy SQL's type names; Aisle shows GoogleSQL's. */
const standardNames: Readonly<Record<string, string>> = {
  INTEGER: 'INT64',
  FLOAT: 'FLOAT64',
  BOOLEAN: 'BOOL',
  RECORD: 'STRUCT',
};

const standardType = (type: string): string => {
  const upper = type.toUpperCase();
  return standardNames[upper] ?? upper;
};

const fieldName = (field: RestField, index: number): string => (field.name === '' ? `_field_${index + 1}` : field.name);

/** GoogleSQL's name for a field's type: `INT64`, `ARRAY<STRING>`, `STRUCT<a INT64, b ARRAY<DATE>>`, `RANGE<DATE>`. */
export const typeName = (field: RestField): string => {
  const type = standardType(field.type);
  let base: string;
  if (type === 'STRUCT') {
    base = `STRUCT<${(field.fields ?? []).map((inner, index) => `${fieldName(inner, index)} ${typeName(inner)}`).join(', ')}>`;
  } else if (type === 'RANGE' && field.rangeElementType) {
    base = `RANGE<${standardType(field.rangeElementType.type)}>`;
  } else {
    base = type;
  }
  return field.mode === 'REPEATED' ? `ARRAY<${base}>` : base;
};

export const columnsOf = (schema: RestSchema | undefined): ColumnInfo[] =>
  (schema?.fields ?? []).map((field, index) => ({ name: fieldName(field, index), type: typeName(field) }));

const integer = (text: string): CellValue => {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
};

/** A decimal as a number when the number reads back as the same decimal; its text otherwise. */
const decimal = (text: string): CellValue => {
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  const normalised = text
    .replace(/^\+/, '')
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '')
    .replace(/^(-?)0+(?=\d)/, '$1');
  const canonical = normalised === '-0' ? '0' : normalised;
  return String(value) === canonical ? value : text;
};

const float = (text: string): CellValue => {
  const value = Number(text);
  // NaN and ±Infinity have no JSON form: they stay as BigQuery writes them.
  return Number.isFinite(value) ? value : text;
};

const scientific = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Seconds since the epoch, as BigQuery writes them without `useInt64Timestamp`
 * (`1.7040672E9`, `1704067200.123456`), as exact microseconds.
 */
export const secondsTextToMicros = (text: string): bigint | null => {
  const match = scientific.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return null;
  const digits = BigInt(`${whole}${fraction}` || '0');
  // value = digits × 10^(exponent − fraction length); microseconds add six.
  const power = Number(exponentText) - fraction.length + 6;
  const magnitude = power >= 0 ? digits * 10n ** BigInt(power) : roundDivide(digits, 10n ** BigInt(-power));
  return sign === '-' ? -magnitude : magnitude;
};

const roundDivide = (value: bigint, by: bigint): bigint => (value + by / 2n) / by;

/** `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC for microseconds since the epoch. */
export const formatTimestampMicros = (micros: bigint): string => {
  const million = 1_000_000n;
  let seconds = micros / million;
  let fraction = micros % million;
  if (fraction < 0n) {
    fraction += million;
    seconds -= 1n;
  }
  const iso = new Date(Number(seconds) * 1000).toISOString();
  const base = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  return fraction === 0n ? base : `${base}.${fraction.toString().padStart(6, '0')}`;
};

const timestamp = (text: string): CellValue => {
  // With formatOptions.useInt64Timestamp the value is whole microseconds; without, float seconds.
  const micros = /^-?\d+$/.test(text) ? BigInt(text) : secondsTextToMicros(text);
  return micros === null ? text : formatTimestampMicros(micros);
};

/** BigQuery writes DATETIME as `2024-01-02T03:04:05[.ffffff]`; Aisle writes timestamps with a space. */
const datetime = (text: string): CellValue => text.replace('T', ' ');

const isRow = (value: RestValue): value is RestRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray(value.f);

const scalar = (type: string, value: string): CellValue => {
  switch (type) {
    case 'INT64':
      return integer(value);
    case 'FLOAT64':
      return float(value);
    case 'NUMERIC':
    case 'BIGNUMERIC':
      return decimal(value);
    case 'BOOL':
      return value === 'true';
    case 'TIMESTAMP':
      return timestamp(value);
    case 'DATETIME':
      return datetime(value);
    // DATE and TIME already read as Aisle writes them; BYTES arrive as base64; STRING, JSON,
    // GEOGRAPHY (WKT), INTERVAL and RANGE stay text.
    default:
      return value;
  }
};

const convertOne = (field: RestField, value: RestValue | undefined): CellValue => {
  if (value === null || value === undefined) return null;
  const type = standardType(field.type);
  if (type === 'STRUCT') {
    if (!isRow(value)) return null;
    const record: { [key: string]: CellValue } = {};
    (field.fields ?? []).forEach((inner, index) => {
      record[fieldName(inner, index)] = convertValue(inner, value.f[index]?.v);
    });
    return record;
  }
  return typeof value === 'string' ? scalar(type, value) : null;
};

/** One REST value as a JSON-safe CellValue (see `CellValue` in warehouse.ts). */
export const convertValue = (field: RestField, value: RestValue | undefined): CellValue => {
  if (field.mode === 'REPEATED') {
    // BigQuery has no NULL arrays: an empty one arrives as [] (or, from some paths, null).
    if (!Array.isArray(value)) return [];
    const element: RestField = { ...field, mode: 'NULLABLE' };
    return value.map((cell) => convertOne(element, cell.v));
  }
  return convertOne(field, value);
};

/** Converts a page of REST rows, column by column against the result's schema. */
export const convertRows = (schema: RestSchema | undefined, rows: readonly RestRow[] | undefined): Row[] => {
  const fields = schema?.fields ?? [];
  return (rows ?? []).map((row) => fields.map((field, index) => convertValue(field, row.f[index]?.v)));
};

/** A named query parameter as jobs.insert takes it; its type follows from the JS value. */
export interface RestQueryParameter {
  name: string;
  parameterType: { type: 'STRING' | 'INT64' | 'FLOAT64' | 'BOOL' };
  parameterValue: { value?: string };
}

/**
 * Types are inferred from the values: whole numbers INT64 (while a double holds them exactly),
 * other numbers FLOAT64, booleans BOOL, text STRING. NULL needs a type too; STRING is the one
 * that compares with the fewest surprises. A missing `value` is how the API spells NULL.
 */
export const toQueryParameters = (params: Record<string, ParamValue> | undefined): RestQueryParameter[] =>
  Object.entries(params ?? {}).map(([name, value]) => {
    if (value === null) return { name, parameterType: { type: 'STRING' }, parameterValue: {} };
    switch (typeof value) {
      case 'string':
        return { name, parameterType: { type: 'STRING' }, parameterValue: { value } };
      case 'boolean':
        return { name, parameterType: { type: 'BOOL' }, parameterValue: { value: String(value) } };
      case 'number':
        return Number.isSafeInteger(value)
          ? { name, parameterType: { type: 'INT64' }, parameterValue: { value: String(value) } }
          : { name, parameterType: { type: 'FLOAT64' }, parameterValue: { value: String(value) } };
    }
  });
