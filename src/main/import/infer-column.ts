import type { ImportColumnKind } from '../../shared/contract/import';
import { detectDateFormat, type DateFormat } from './date-formats';
import { isNumberIn, type NumberStyle } from './number-style';

/** What the values of one text column are, and the DuckDB type that holds them. */
export interface InferredType {
  type: 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';
  kind: ImportColumnKind;
  dateFormat: DateFormat | null;
}

const TEXT: InferredType = { type: 'VARCHAR', kind: 'text', dateFormat: null };
const INTEGER = /^[-+]?\d+$/;
const BOOLEAN = /^(true|false)$/i;

/**
 * The type of a column from sample values as written. Codes stay text: integers with a
 * leading zero ("00123") or too long for 64 bits would lose their meaning as numbers.
 */
export const inferColumnType = (
  samples: readonly string[],
  style: NumberStyle,
  options: { preferDayFirst?: boolean } = {},
): InferredType => {
  const values = samples.map((value) => value.trim()).filter((value) => value !== '');
  if (values.length === 0) return TEXT;
  if (values.every((value) => BOOLEAN.test(value))) return { type: 'BOOLEAN', kind: 'boolean', dateFormat: null };
  if (values.every((value) => INTEGER.test(value))) {
    const code = values.some((value) => /^[-+]?0\d/.test(value) || value.replace(/^[-+]/, '').length > 18);
    return code ? TEXT : { type: 'BIGINT', kind: 'number', dateFormat: null };
  }
  if (values.every((value) => isNumberIn(value, style))) return { type: 'DOUBLE', kind: 'number', dateFormat: null };
  const dateFormat = detectDateFormat(values, { minShare: 1, ...options });
  if (dateFormat) return { type: dateFormat.hasTime ? 'TIMESTAMP' : 'DATE', kind: 'date', dateFormat };
  return TEXT;
};

/** The kind of a column whose type the file itself declares (Parquet). */
export const kindOfDuckDbType = (type: string): ImportColumnKind => {
  if (/^(TIMESTAMP|DATE)/.test(type)) return 'date';
  if (type === 'BOOLEAN') return 'boolean';
  if (
    /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/.test(
      type,
    )
  ) {
    return 'number';
  }
  return 'text';
};
