import {
  DuckDBDecimalValue,
  DuckDBTypeId,
  JsonDuckDBValueConverter,
  type DuckDBType,
  type DuckDBValue,
  type DuckDBValueConverter,
  type Json,
} from '@duckdb/node-api';

const wideIntegers = new Set<DuckDBTypeId>([
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UHUGEINT,
]);

/**
 * DuckDB's JSON converter, except that 64-bit integers and decimals become numbers when a
 * double holds them exactly (COUNT(*) and SUM(int) are BIGINT/HUGEINT, and a grid or chart
 * wants numbers); only integers beyond 2^53 stay strings.
 */
export const cellConverter: DuckDBValueConverter<Json> = (value: DuckDBValue, type: DuckDBType, converter) => {
  if (value === null) return null;
  if (wideIntegers.has(type.typeId) && typeof value === 'bigint') {
    const asNumber = Number(value);
    return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
  }
  if (type.typeId === DuckDBTypeId.DECIMAL && value instanceof DuckDBDecimalValue) return value.toDouble();
  return JsonDuckDBValueConverter(value, type, converter);
};
