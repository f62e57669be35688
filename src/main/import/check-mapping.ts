import {
  ImportMapping,
  mappedPairs,
  measureConcepts,
  type ConceptColumns,
  type ImportConcept,
} from '../../shared/contract/import';
import { describeIssues } from '../../shared/contract/validation';
import { AisleError } from '../core/aisle-error';
import { detectDateFormat, type DateFormat } from './date-formats';
import type { InspectedSource } from './inspect-source';
import type { FlagRules } from './load-plan';
import { isNumberIn, PLAIN_NUMBERS } from './number-style';

export interface CheckedMapping {
  mapping: ImportMapping;
  /** How the date column is written; null when the file types it itself (Parquet dates). */
  dateFormat: DateFormat | null;
  rules: FlagRules;
  customerIdsHadDecimals: boolean;
}

const conceptWords = (concept: ImportConcept): string => concept.replace('_', ' ');

const valuesOf = (source: InspectedSource, column: string): string[] => {
  const index = source.columns.findIndex((item) => item.name === column);
  return source.rows.flatMap((row) => {
    const value = row[index]?.trim();
    return value === undefined || value === '' ? [] : [value];
  });
};

const share = (values: readonly string[], test: (value: string) => boolean): number =>
  values.length === 0 ? 1 : values.filter(test).length / values.length;

const example = (values: readonly string[], test: (value: string) => boolean): string =>
  values.find((value) => !test(value)) ?? values[0] ?? '';

/**
 * Checks a mapping against the file before anything is written: a valid mapping, columns that
 * exist, a date column of dates and numeric columns of numbers (judged on the first rows, so a
 * few bad rows become rejects rather than a refusal). Also settles how the dates are written
 * and the flag rules that depend on the whole file's habits.
 */
export const checkMapping = (
  source: InspectedSource,
  requested: ConceptColumns | undefined,
  suggested: ConceptColumns,
): CheckedMapping => {
  const parsed = ImportMapping.safeParse(requested ?? suggested);
  if (!parsed.success) {
    if (requested === undefined) {
      const missing = [
        ...(suggested.date === undefined ? ['a column of dates'] : []),
        ...(measureConcepts.every((concept) => suggested[concept] === undefined)
          ? ['a quantity, price or revenue column']
          : []),
      ];
      throw new AisleError(
        'invalid_input',
        `Aisle could not find ${missing.join(' or ') || 'the columns to use'} in this file on its own. Preview the file and choose the columns for the date and for the quantities, prices or revenue.`,
        { field: 'mapping' },
      );
    }
    throw new AisleError(
      'invalid_input',
      `The column mapping is not complete: ${describeIssues(parsed.error.issues)}`,
      {
        field: `mapping.${parsed.error.issues[0]?.path.map(String).join('.') ?? ''}`,
      },
    );
  }
  const mapping = parsed.data;
  const names = source.columns.map((column) => column.name);
  for (const [concept, column] of mappedPairs(mapping)) {
    if (!names.includes(column)) {
      throw new AisleError(
        'invalid_input',
        `The file has no column "${column}" (chosen for ${conceptWords(concept)}). Its columns are: ${names.join(', ')}.`,
        { field: `mapping.${concept}` },
      );
    }
  }

  const style = source.format === 'csv' ? source.numberStyle : PLAIN_NUMBERS;
  // Every CSV value is text until read; a Parquet column may already be a number or a date.
  const isText = (column: string) =>
    source.format === 'csv' || source.columns.find((item) => item.name === column)?.type === 'VARCHAR';
  for (const concept of ['quantity', 'unit_price', 'line_revenue'] as const) {
    const column = mapping[concept];
    if (column === undefined || !isText(column)) continue;
    const values = valuesOf(source, column);
    const numeric = (value: string) => isNumberIn(value, style);
    if (share(values, numeric) < 0.5) {
      throw new AisleError(
        'invalid_input',
        `The column "${column}" (chosen for ${conceptWords(concept)}) holds values like "${example(values, numeric)}", which are not numbers. Choose another column.`,
        { field: `mapping.${concept}` },
      );
    }
  }

  let dateFormat: DateFormat | null = null;
  const dateColumn = mapping.date;
  if (dateColumn !== undefined && isText(dateColumn)) {
    const values = valuesOf(source, dateColumn);
    const preferDayFirst = source.format === 'csv' && source.dialect.delimiter === ';';
    dateFormat = detectDateFormat(values, { minShare: 0.5, preferDayFirst });
    if (dateFormat === null && values.length > 0) {
      throw new AisleError(
        'invalid_input',
        `The column "${dateColumn}" (chosen for the date) holds values like "${values[0] ?? ''}", which are not dates Aisle can read. Dates need to look like 2024-01-31, 31/01/2024 or 01/31/2024, with or without a time.`,
        { field: 'mapping.date' },
      );
    }
  }

  const orderIds = mapping.order_id === undefined ? [] : valuesOf(source, mapping.order_id);
  const codes = mapping.product_id === undefined ? [] : [...new Set(valuesOf(source, mapping.product_id))];
  const customers = mapping.customer_id === undefined ? [] : valuesOf(source, mapping.customer_id);
  return {
    mapping,
    dateFormat,
    rules: {
      // When most order ids start with C, C is this shop's numbering, not a cancellation mark.
      cancellationPrefix: orderIds.length === 0 || share(orderIds, (id) => /^[Cc][0-9]/.test(id)) < 0.5,
      codesHaveDigits: codes.length > 0 && share(codes, (code) => /[0-9]/.test(code)) >= 0.8,
    },
    customerIdsHadDecimals: customers.some((id) => /^-?\d+\.0+$/.test(id)),
  };
};
