import type { ImportConcept, ImportReject } from '../../shared/contract/import';

/** One row of DuckDB's `reject_errors` table: one problem of one line. */
export interface RejectError {
  line: number;
  columnName: string | null;
  errorType: string;
  csvLine: string;
  errorMessage: string;
}

export interface ReasonContext {
  conceptOf: ReadonlyMap<string, ImportConcept>;
  /** How dates are written, for "is not a date written as DD/MM/YYYY". */
  dateLabel: string | null;
  encoding: string;
}

/** Problems with the shape of a line; a value that fails to convert on such a line is a consequence. */
const STRUCTURAL = new Set([
  'UNQUOTED VALUE',
  'MISSING COLUMNS',
  'TOO MANY COLUMNS',
  'LINE SIZE OVER MAXIMUM',
  'INVALID ENCODING',
  'INVALID UNICODE',
]);

const conceptWords: Readonly<Record<ImportConcept, string>> = {
  order_id: 'order id',
  date: 'date',
  product_id: 'product code',
  product_name: 'product name',
  category: 'category',
  quantity: 'quantity',
  unit_price: 'unit price',
  line_revenue: 'line revenue',
  customer_id: 'customer id',
  region: 'region',
  channel: 'channel',
};

/** The number of line breaks a rejected record swallowed (a quote left open runs on into the next lines). */
export const extraLines = (error: RejectError): number =>
  error.errorType === 'UNQUOTED VALUE' ? (error.csvLine.match(/\r\n|\n|\r/g) ?? []).length : 0;

const shorten = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

const castReason = (error: RejectError, context: ReasonContext): string => {
  const value = /string "(.*)" (?:to '|according to)/s.exec(error.errorMessage)?.[1];
  const shown = value === undefined ? 'the value' : `"${shorten(value)}"`;
  const column = error.columnName ?? '?';
  const concept = error.columnName === null ? undefined : context.conceptOf.get(error.columnName);
  if (concept === 'date') {
    const format = context.dateLabel === null ? '' : ` written as ${context.dateLabel}`;
    return `the date ${shown} in column ${column} is not a real date${format}`;
  }
  return `the ${concept === undefined ? 'value' : conceptWords[concept]} ${shown} in column ${column} is not a number`;
};

const fieldCounts = (errors: readonly RejectError[]): { expected: number; found: number } | null => {
  const counts = errors.flatMap((error) => {
    const match = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(error.errorMessage);
    return match ? [{ expected: Number(match[1]), found: Number(match[2]) }] : [];
  });
  const [first] = counts;
  if (!first) return null;
  // DuckDB reports each missing column of a short line, counting one more field each time.
  const tooMany = errors.some((error) => error.errorType === 'TOO MANY COLUMNS');
  const found = tooMany ? Math.max(...counts.map((c) => c.found)) : Math.min(...counts.map((c) => c.found));
  return { expected: first.expected, found };
};

const structuralReason = (errors: readonly RejectError[], context: ReasonContext): string => {
  const types = new Set(errors.map((error) => error.errorType));
  if (types.has('UNQUOTED VALUE')) {
    const swallowed = Math.max(0, ...errors.map(extraLines));
    const next =
      swallowed === 0
        ? ''
        : swallowed === 1
          ? ', and it ran on into the next line'
          : `, and it ran on into the next ${swallowed} lines`;
    return `a quote (") on this line is not closed properly${next}`;
  }
  if (types.has('LINE SIZE OVER MAXIMUM')) {
    return 'the line is longer than DuckDB reads in one go (2 MB), usually because a quote is never closed';
  }
  if (types.has('INVALID ENCODING') || types.has('INVALID UNICODE')) {
    return `the line has characters that are not valid ${context.encoding} text`;
  }
  const counts = fieldCounts(errors);
  if (counts) {
    return `the line has ${counts.found} field${counts.found === 1 ? '' : 's'} where the header has ${counts.expected}`;
  }
  return errors[0]?.errorMessage ?? 'the line could not be read';
};

/**
 * Readable reasons for rejected lines, from DuckDB's reject_errors rows (any order). A line
 * that swallowed the following lines through an open quote also rejects those lines, each
 * with its own entry, so every line of the file is accounted for.
 */
export const describeRejects = (errors: readonly RejectError[], context: ReasonContext): ImportReject[] => {
  const byLine = new Map<number, RejectError[]>();
  for (const error of errors) byLine.set(error.line, [...(byLine.get(error.line) ?? []), error]);
  const rejects: ImportReject[] = [];
  for (const [line, lineErrors] of [...byLine.entries()].sort(([a], [b]) => a - b)) {
    const structural = lineErrors.filter((error) => STRUCTURAL.has(error.errorType));
    if (structural.length > 0) {
      rejects.push({ row: line, reason: structuralReason(structural, context) });
      const swallowed = Math.max(0, ...structural.map(extraLines));
      for (let next = 1; next <= swallowed; next += 1) {
        rejects.push({ row: line + next, reason: `this line was read as part of the unclosed quote on line ${line}` });
      }
      continue;
    }
    const reasons = [
      ...new Set(
        lineErrors.map((error) => (error.errorType === 'CAST' ? castReason(error, context) : error.errorMessage)),
      ),
    ];
    rejects.push({ row: line, reason: reasons.join('; ') });
  }
  return rejects;
};
