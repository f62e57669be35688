import type { CellValue, Row } from '../../warehouse/warehouse';
import { matchesFact, statedNumbers, type StatedNumber } from './narrative-numbers';

export { statedNumbers, type StatedNumber } from './narrative-numbers';

/** The numbers a sentence may state: every number in the table and in the computed sentences. */
export interface NarrativeFacts {
  numbers: readonly number[];
}

export interface NarrativeCheckOptions {
  /** Rows in the table: "the 3rd best" may name any position up to this. Default 0 (positions must be facts too). */
  rowCount?: number;
}

export interface SentenceVerdict {
  sentence: string;
  kept: boolean;
  /** The numbers no fact rounds to, as written. */
  unmatched: string[];
}

const matchesAny = (stated: StatedNumber, facts: readonly number[], rowCount: number): boolean =>
  (stated.ordinal && stated.scale === 1 && stated.mantissa >= 1 && stated.mantissa <= rowCount) ||
  facts.some((fact) => matchesFact(stated, fact));

/** Each sentence with the numbers in it that no computed fact supports. */
export const explainNarrative = (
  sentences: readonly string[],
  facts: NarrativeFacts,
  options: NarrativeCheckOptions = {},
): SentenceVerdict[] =>
  sentences.map((sentence) => {
    const unmatched = statedNumbers(sentence)
      .filter((stated) => !matchesAny(stated, facts.numbers, options.rowCount ?? 0))
      .map((stated) => stated.text);
    return { sentence, kept: unmatched.length === 0, unmatched };
  });

/**
 * The sentences whose every number matches a computed fact, within the rounding of how it is
 * written ("$1.2M" matches 1,234,567; "18.4%" matches 0.184 or 18.4; "−4.0%" only a negative
 * fact). Dates, years used as dates and period names ("Q3", "week 47") are not amounts and are
 * not checked; sentences without numbers are kept. A sentence with one wrong number is dropped whole.
 */
export const checkNarrative = (
  sentences: readonly string[],
  facts: NarrativeFacts,
  options: NarrativeCheckOptions = {},
): string[] =>
  explainNarrative(sentences, facts, options)
    .filter((verdict) => verdict.kept)
    .map((verdict) => verdict.sentence);

const numeral = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

const cellNumbers = (cell: CellValue): number[] => {
  if (typeof cell === 'number') return Number.isFinite(cell) ? [cell] : [];
  if (typeof cell === 'string') {
    // Big integers and decimals arrive as numerals; labels ("Levi's 501", "4K TV") may hold numbers too.
    if (numeral.test(cell.trim())) return [Number(cell)];
    return statedNumbers(cell).map((stated) => (stated.negative ? -1 : 1) * stated.mantissa * stated.scale);
  }
  if (Array.isArray(cell)) return cell.flatMap(cellNumbers);
  if (cell !== null && typeof cell === 'object') return Object.values(cell).flatMap(cellNumbers);
  return [];
};

/**
 * The facts of one answer: every number in its rows (cells and the numbers inside labels) and
 * every number its computed sentences state, at the value they state.
 */
export const narrativeFacts = (input: { rows: readonly Row[]; sentences: readonly string[] }): NarrativeFacts => {
  // "of the 10 shown": how many rows there are is a fact too.
  const numbers = new Set<number>([input.rows.length]);
  for (const row of input.rows) for (const cell of row) for (const value of cellNumbers(cell)) numbers.add(value);
  for (const sentence of input.sentences) {
    for (const stated of statedNumbers(sentence)) {
      // A computed "18.4%" is kept as 18.4, which matches "18.4%" and "18%" alike.
      numbers.add(stated.mantissa * stated.scale * (stated.negative ? -1 : 1));
    }
  }
  return { numbers: [...numbers] };
};
