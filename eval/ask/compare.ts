import type { AskAnswer } from '../../src/shared/contract/ask';
import type { Expect, MatchMode, Mention } from './types';

/** The expected answer table, as the hand-written SQL returned it. */
export interface ExpectedTable {
  columns: ReadonlyArray<{ name: string; type: string }>;
  rows: ReadonlyArray<readonly unknown[]>;
}

export interface Verdict {
  ok: boolean;
  /** Why it failed, in a few words. */
  reason: string;
}

export const DEFAULT_TOLERANCE = 0.005;
const ABSOLUTE_TOLERANCE = 0.01;

const pass: Verdict = { ok: true, reason: '' };
const fail = (reason: string): Verdict => ({ ok: false, reason });

const numericType =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/i;

const toNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

/** Labels compare case-insensitively; a date or timestamp compares by its day. */
export const normaliseLabel = (value: unknown): string => {
  if (value === null || value === undefined) return '∅';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.test(trimmed)) return trimmed.slice(0, 10);
  return trimmed.toLowerCase().replace(/\s+/g, ' ');
};

export const closeEnough = (got: number | null, want: number | null, tolerance: number): boolean => {
  if (want === null || got === null) return want === got;
  return Math.abs(got - want) <= Math.max(ABSOLUTE_TOLERANCE, tolerance * Math.abs(want));
};

/** Which of the expected table's columns are labels (leading text or date columns) and which are numbers. */
const splitExpected = (table: ExpectedTable): { labels: number[]; numbers: number[] } => {
  const labels: number[] = [];
  const numbers: number[] = [];
  table.columns.forEach((column, index) => {
    if (numericType.test(column.type)) numbers.push(index);
    else if (numbers.length === 0) labels.push(index);
    else numbers.push(index);
  });
  return { labels, numbers };
};

/**
 * Which of the answer's columns are labels: the plan's dimensions (and the keys grouped with
 * them, such as product_id), plus any column holding text. The rest are numbers.
 */
const splitAnswer = (answer: AskAnswer): { labels: number[]; numbers: number[] } => {
  const dimensionNames = new Set<string>(['product_id', 'day', 'week', 'month', 'quarter', 'year', 'date']);
  for (const dimension of answer.plan?.dimensions ?? []) dimensionNames.add(dimension.id);
  const labels: number[] = [];
  const numbers: number[] = [];
  answer.columns.forEach((column, index) => {
    const textual = answer.rows.some((row) => {
      const cell = row[index];
      return cell !== null && cell !== undefined && toNumber(cell) === null;
    });
    if (dimensionNames.has(column.name) || textual) labels.push(index);
    else numbers.push(index);
  });
  return { labels, numbers };
};

export const describeRows = (
  columns: ReadonlyArray<{ name: string }>,
  rows: ReadonlyArray<readonly unknown[]>,
  count = 3,
): string => {
  const cell = (value: unknown): string => {
    const number = typeof value === 'number' || typeof value === 'bigint' ? Number(value) : null;
    if (number !== null) return Number.isInteger(number) ? String(number) : number.toFixed(4).replace(/0+$/, '');
    if (value === null || value === undefined) return 'null';
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  const head = columns.map((column) => column.name).join(' | ');
  const body = rows.slice(0, count).map((row) => row.map(cell).join(' | '));
  const more = rows.length > count ? [`… ${rows.length} rows`] : [];
  return [head, ...body, ...more].join('\n');
};

interface Pairing {
  expectedLabels: number[];
  expectedNumbers: number[];
  answerLabels: number[];
  /** For each expected number column, the answer column it is compared with. */
  answerNumberFor: Map<number, number>;
}

const pairColumns = (expected: ExpectedTable, answer: AskAnswer): Pairing | string => {
  const { labels: expectedLabels, numbers: expectedNumbers } = splitExpected(expected);
  const { labels: answerLabels, numbers: answerNumbers } = splitAnswer(answer);
  if (expectedNumbers.length === 0) return 'the expected SQL returns no number column';
  if (answerNumbers.length === 0) return 'the answer has no number column';
  const answerNumberFor = new Map<number, number>();
  expectedNumbers.forEach((expectedIndex, position) => {
    const name = expected.columns[expectedIndex]?.name.toLowerCase();
    const byName = answerNumbers.find((index) => answer.columns[index]?.name.toLowerCase() === name);
    const byPosition = answerNumbers[position];
    const chosen = byName ?? byPosition;
    if (chosen !== undefined) answerNumberFor.set(expectedIndex, chosen);
  });
  if (answerNumberFor.size < expectedNumbers.length) {
    return `the answer has ${answerNumbers.length} number column(s), the expected table ${expectedNumbers.length}`;
  }
  // A measure nobody asked for is a misreading ("revenue from Facebook customers" is not also a
  // customer count); a comparison's change columns are context, not extra measures.
  const compared = new Set(answerNumberFor.values());
  const extra = answerNumbers.filter(
    (index) => !compared.has(index) && !/_(previous|change|change_pct)$/.test(answer.columns[index]?.name ?? ''),
  );
  if (extra.length > 0) {
    return `the answer also measures ${extra.map((index) => answer.columns[index]?.name ?? '?').join(', ')}`;
  }
  return { expectedLabels, expectedNumbers, answerLabels, answerNumberFor };
};

const compareRow = (
  expectedRow: readonly unknown[],
  answerRow: readonly unknown[],
  pairing: Pairing,
  expected: ExpectedTable,
  answer: AskAnswer,
  tolerance: number,
  where: string,
): Verdict => {
  const answerLabels = new Set(pairing.answerLabels.map((index) => normaliseLabel(answerRow[index])));
  for (const index of pairing.expectedLabels) {
    const want = normaliseLabel(expectedRow[index]);
    if (!answerLabels.has(want)) {
      return fail(`${where}: expected label "${want}", got ${[...answerLabels].map((l) => `"${l}"`).join(', ')}`);
    }
  }
  for (const index of pairing.expectedNumbers) {
    const answerIndex = pairing.answerNumberFor.get(index) ?? -1;
    const want = toNumber(expectedRow[index]);
    const got = toNumber(answerRow[answerIndex]);
    if (!closeEnough(got, want, tolerance)) {
      const wantName = expected.columns[index]?.name ?? '?';
      const gotName = answer.columns[answerIndex]?.name ?? '?';
      return fail(`${where}: ${wantName} expected ${String(want)}, got ${gotName} = ${String(got)}`);
    }
  }
  return pass;
};

const labelKey = (row: readonly unknown[], indexes: readonly number[]): string =>
  indexes
    .map((index) => normaliseLabel(row[index]))
    .sort()
    .join('\u0000');

/** Compares an answer table with the expected table. */
export const compareTable = (
  expected: ExpectedTable,
  answer: AskAnswer,
  mode: MatchMode | undefined,
  tolerance = DEFAULT_TOLERANCE,
): Verdict => {
  const pairing = pairColumns(expected, answer);
  if (typeof pairing === 'string') return fail(pairing);
  const chosen: MatchMode =
    mode ?? (pairing.expectedLabels.length === 0 && expected.rows.length === 1 ? 'total' : 'rows');
  if (expected.rows.length === 0) return fail('the expected SQL returned no rows (a broken case)');

  switch (chosen) {
    case 'total': {
      if (answer.rows.length !== 1) return fail(`expected one number, got ${answer.rows.length} rows`);
      return compareRow(expected.rows[0] ?? [], answer.rows[0] ?? [], pairing, expected, answer, tolerance, 'total');
    }
    case 'first-row': {
      if (answer.rows.length === 0) return fail('the answer has no rows');
      return compareRow(expected.rows[0] ?? [], answer.rows[0] ?? [], pairing, expected, answer, tolerance, 'row 1');
    }
    case 'rows': {
      if (answer.rows.length !== expected.rows.length) {
        return fail(`expected ${expected.rows.length} rows, got ${answer.rows.length}`);
      }
      for (let index = 0; index < expected.rows.length; index += 1) {
        const verdict = compareRow(
          expected.rows[index] ?? [],
          answer.rows[index] ?? [],
          pairing,
          expected,
          answer,
          tolerance,
          `row ${index + 1}`,
        );
        if (!verdict.ok) return verdict;
      }
      return pass;
    }
    case 'set': {
      if (answer.rows.length !== expected.rows.length) {
        return fail(`expected ${expected.rows.length} rows, got ${answer.rows.length}`);
      }
      // An answer row matches an expected row when every expected label appears among its labels.
      const used = new Set<number>();
      for (const expectedRow of expected.rows) {
        const wanted = pairing.expectedLabels.map((index) => normaliseLabel(expectedRow[index]));
        const found = answer.rows.findIndex((answerRow, index) => {
          if (used.has(index)) return false;
          const labels = new Set(pairing.answerLabels.map((label) => normaliseLabel(answerRow[label])));
          return wanted.every((label) => labels.has(label));
        });
        if (found < 0) return fail(`no answer row labelled ${labelKey(expectedRow, pairing.expectedLabels)}`);
        used.add(found);
        const verdict = compareRow(
          expectedRow,
          answer.rows[found] ?? [],
          pairing,
          expected,
          answer,
          tolerance,
          `row "${wanted.join(', ')}"`,
        );
        if (!verdict.ok) return verdict;
      }
      return pass;
    }
  }
};

const mentionOptions = (mention: Mention): ReadonlyArray<string | RegExp> =>
  typeof mention === 'string' || mention instanceof RegExp ? [mention] : mention;

const mentions = (text: string, mention: Mention): boolean =>
  mentionOptions(mention).some((option) =>
    typeof option === 'string' ? text.toLowerCase().includes(option.toLowerCase()) : option.test(text),
  );

export const describeMention = (mention: Mention): string =>
  mentionOptions(mention)
    .map((option) => (typeof option === 'string' ? `"${option}"` : String(option)))
    .join(' or ');

/** Scores one answer against what the case expects (the SQL already run, for SQL cases). */
export const judge = (expect: Expect, answer: AskAnswer, expected: ExpectedTable | null): Verdict => {
  if (expect.kind === 'clarify' || expect.kind === 'refuse') {
    return answer.kind === expect.kind ? pass : fail(`expected ${expect.kind}, got ${answer.kind}`);
  }
  if (answer.kind !== 'answer') return fail(`expected an answer, got ${answer.kind}: ${answer.message}`);
  if ('intent' in expect) {
    const got = answer.plan?.intent ?? 'none';
    return got === expect.intent ? pass : fail(`expected intent ${expect.intent}, got ${got}`);
  }
  if ('drivers' in expect) {
    const intent = answer.plan?.intent ?? 'none';
    if (intent !== 'drivers') return fail(`expected intent drivers, got ${intent}`);
    const text = answer.narrative.join(' ');
    const missing = expect.drivers.mustMention.filter((mention) => !mentions(text, mention));
    if (missing.length > 0) return fail(`the narrative does not name ${missing.map(describeMention).join(', ')}`);
    return pass;
  }
  if (expected === null) return fail('the expected SQL did not run');
  return compareTable(expected, answer, expect.match, expect.tolerance);
};
