/**
 * DuckDB results as BigQuery's REST API returns them: a `schema.fields[]` with BigQuery's
 * (legacy) type names, and rows in `{f: [{v}]}` form with every scalar a string.
 */
import {
  DuckDBBlobValue,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBStructValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  DuckDBTypeId,
  DuckDBArrayValue,
  DuckDBArrayType,
  DuckDBDecimalType,
  DuckDBListType,
  DuckDBStructType,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { RestField, RestRow, RestValue } from '../../src/main/bigquery/bigquery-values';

const INTEGER_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.UHUGEINT,
]);
const TIMESTAMP_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.TIMESTAMP,
  DuckDBTypeId.TIMESTAMP_S,
  DuckDBTypeId.TIMESTAMP_MS,
  DuckDBTypeId.TIMESTAMP_NS,
  DuckDBTypeId.TIMESTAMP_TZ,
]);

/** A DuckDB type as a BigQuery schema field (named `name`). */
export const fieldOf = (name: string, type: DuckDBType): RestField => {
  const id = type.typeId;
  if (type instanceof DuckDBListType || type instanceof DuckDBArrayType) {
    return { ...fieldOf(name, type.valueType), mode: 'REPEATED' };
  }
  if (type instanceof DuckDBStructType) {
    return {
      name,
      type: 'RECORD',
      mode: 'NULLABLE',
      fields: type.entryNames.map((entry, index) => fieldOf(entry, type.entryTypes[index] as DuckDBType)),
    };
  }
  if (type.alias === 'JSON') return { name, type: 'JSON', mode: 'NULLABLE' };
  let bigQueryType: string;
  if (INTEGER_TYPES.has(id)) bigQueryType = 'INTEGER';
  else if (TIMESTAMP_TYPES.has(id)) bigQueryType = 'TIMESTAMP';
  else if (id === DuckDBTypeId.FLOAT || id === DuckDBTypeId.DOUBLE) bigQueryType = 'FLOAT';
  else if (type instanceof DuckDBDecimalType) bigQueryType = type.scale > 9 ? 'BIGNUMERIC' : 'NUMERIC';
  else if (id === DuckDBTypeId.BOOLEAN) bigQueryType = 'BOOLEAN';
  else if (id === DuckDBTypeId.DATE) bigQueryType = 'DATE';
  else if (id === DuckDBTypeId.TIME) bigQueryType = 'TIME';
  else if (id === DuckDBTypeId.BLOB) bigQueryType = 'BYTES';
  else if (id === DuckDBTypeId.INTERVAL) bigQueryType = 'INTERVAL';
  else bigQueryType = 'STRING';
  return { name, type: bigQueryType, mode: 'NULLABLE' };
};

/** BigQuery names a column without a name `f0_`, `f1_`, … by position. */
export const columnName = (duckName: string, index: number): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(duckName) ? duckName : `f${index}_`;

const microsOf = (value: DuckDBValue): bigint | null => {
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return value.micros;
  if (value instanceof DuckDBTimestampSecondsValue) return value.seconds * 1_000_000n;
  if (value instanceof DuckDBTimestampMillisecondsValue) return value.millis * 1000n;
  if (value instanceof DuckDBTimestampNanosecondsValue) return value.nanos / 1000n;
  return null;
};

/** Seconds as BigQuery writes them without useInt64Timestamp: Java's Double.toString (`1.7041646455E9`). */
const javaDouble = (value: number): string => {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 1e-3 && magnitude < 1e7)) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
};

const decimalText = (value: DuckDBDecimalValue): string => {
  const text = value.toString();
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
};

export interface FormatOptions {
  /** `formatOptions.useInt64Timestamp`: TIMESTAMP as whole microseconds instead of float seconds. */
  int64Timestamps: boolean;
}

const scalarText = (field: RestField, value: DuckDBValue, options: FormatOptions): string => {
  switch (field.type) {
    case 'TIMESTAMP': {
      const micros = microsOf(value);
      if (micros === null) return String(value);
      return options.int64Timestamps ? micros.toString() : javaDouble(Number(micros) / 1e6);
    }
    case 'FLOAT':
      return typeof value === 'number' ? (Number.isNaN(value) ? 'NaN' : String(value)) : String(value);
    case 'NUMERIC':
    case 'BIGNUMERIC':
      return value instanceof DuckDBDecimalValue ? decimalText(value) : String(value);
    case 'BYTES':
      return value instanceof DuckDBBlobValue ? Buffer.from(value.bytes).toString('base64') : String(value);
    case 'DATE':
      return value instanceof DuckDBDateValue ? value.toString() : String(value);
    default:
      return typeof value === 'object' && value !== null ? value.toString() : String(value);
  }
};

const restValue = (field: RestField, value: DuckDBValue, options: FormatOptions): RestValue => {
  if (value === null) return field.mode === 'REPEATED' ? [] : null;
  if (field.mode === 'REPEATED') {
    const items = value instanceof DuckDBListValue || value instanceof DuckDBArrayValue ? value.items : [];
    const element: RestField = { ...field, mode: 'NULLABLE' };
    return items.map((item) => ({ v: restValue(element, item, options) }));
  }
  if (field.type === 'RECORD' && value instanceof DuckDBStructValue) {
    return {
      f: (field.fields ?? []).map((inner) => ({ v: restValue(inner, value.entries[inner.name] ?? null, options) })),
    };
  }
  return scalarText(field, value, options);
};

export const toRestRows = (fields: RestField[], rows: readonly DuckDBValue[][], options: FormatOptions): RestRow[] =>
  rows.map((row) => ({ f: fields.map((field, index) => ({ v: restValue(field, row[index] ?? null, options) })) }));

/** Stored bytes of one value, roughly as BigQuery counts them (8 per number, length + 2 per string). */
export const valueBytes = (value: DuckDBValue): number => {
  if (value === null) return 0;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (typeof value === 'boolean') return 1;
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue)
    return value.items.reduce<number>((sum, item) => sum + valueBytes(item), 0);
  if (value instanceof DuckDBStructValue)
    return Object.values(value.entries).reduce<number>((sum, item) => sum + valueBytes(item), 0);
  if (value instanceof DuckDBBlobValue) return value.bytes.length;
  return 8;
};
