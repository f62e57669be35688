import {
  ImportMapping,
  importConcepts,
  type ConceptColumns,
  type ImportConcept,
  type SuggestedMapping,
} from '../../shared/contract/import';
import { conceptNames, normaliseName, type ConceptNames } from './concept-synonyms';
import { detectDateFormat, isDateLike } from './date-formats';
import { detectNumberStyle, isNumberIn, parseNumberIn, type NumberStyle } from './number-style';

/** A sample row: one value per column, in column order; null for an empty cell. */
export type SampleRow = ReadonlyArray<string | null>;

const STRONG_EXACT = 0.95;
const WEAK_EXACT = 0.7;
const STRONG_WITHIN = 0.8;
const WEAK_WITHIN = 0.55;
/** Each word a column name has beyond the synonym makes the match a little less certain. */
const EXTRA_WORD = 0.05;
const MIN_CONFIDENCE = 0.4;

const containsPhrase = (words: readonly string[], phrase: readonly string[]): boolean =>
  words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));

/** How well a column name matches a concept's names, 0 when it does not. */
export const nameScore = (column: string, names: ConceptNames): number => {
  const normal = normaliseName(column);
  const words = normal.split(' ').filter((word) => word !== '');
  if (words.length === 0 || names.not.some((word) => words.includes(word))) return 0;
  const compact = normal.replaceAll(' ', '');
  const exact = (list: readonly string[]) =>
    list.some((name) => name === normal || name.replaceAll(' ', '') === compact);
  if (exact(names.strong)) return STRONG_EXACT;
  if (exact(names.weak)) return WEAK_EXACT;
  let best = 0;
  const within = (list: readonly string[], base: number, floor: number) => {
    for (const name of list) {
      const phrase = name.split(' ');
      if (!containsPhrase(words, phrase)) continue;
      best = Math.max(best, Math.max(floor, base - EXTRA_WORD * (words.length - phrase.length)));
    }
  };
  within(names.strong, STRONG_WITHIN, 0.5);
  within(names.weak, WEAK_WITHIN, MIN_CONFIDENCE);
  return best;
};

const presentValues = (rows: readonly SampleRow[], index: number): string[] =>
  rows.map((row) => row[index]?.trim() ?? '').filter((value) => value !== '');

const share = (values: readonly string[], test: (value: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

/**
 * How much the values of a column support a concept: 1 fine, 0 impossible, between when
 * there is nothing to check. A date needs date-like values, a quantity or price numbers.
 */
const valueFactor = (
  concept: ImportConcept,
  values: readonly string[],
  style: NumberStyle,
  hasRows: boolean,
): number => {
  // Without rows only the names can speak; a column empty in every sample row is no use.
  if (values.length === 0) return hasRows ? 0.3 : 1;
  const numeric = share(values, (value) => isNumberIn(value, style));
  const dates = share(values, isDateLike);
  switch (concept) {
    case 'date':
      return detectDateFormat(values) ? 1 : 0;
    case 'quantity':
    case 'unit_price':
    case 'line_revenue':
      return numeric >= 0.9 ? 1 : 0;
    case 'order_id':
    case 'product_id':
    case 'customer_id':
    case 'region':
    case 'channel':
    case 'category':
      return dates >= 0.8 ? 0 : 1;
    case 'product_name':
      return dates >= 0.8 ? 0 : numeric >= 0.9 ? 0.5 : 1;
  }
};

/**
 * Whether line revenue is quantity × unit price on the sample rows, as a line total is; an
 * order total or a discount column is not.
 */
const revenueAgrees = (
  rows: readonly SampleRow[],
  columns: { quantity: number; unit_price: number; line_revenue: number },
  style: NumberStyle,
): boolean | null => {
  let checked = 0;
  let agreeing = 0;
  for (const row of rows) {
    const [quantity, price, revenue] = [columns.quantity, columns.unit_price, columns.line_revenue].map((index) =>
      parseNumberIn(row[index] ?? '', style),
    );
    if (quantity == null || price == null || revenue == null) continue;
    checked += 1;
    const expected = quantity * price;
    if (Math.abs(expected - revenue) <= Math.max(0.011, Math.abs(expected) * 0.02)) agreeing += 1;
  }
  return checked === 0 ? null : agreeing / checked >= 0.8;
};

/** Shopify calls the order number "Name" ("#1001"): such a column is the order id after all. */
const orderNameScore = (column: string, values: readonly string[]): number =>
  ['name', 'id'].includes(normaliseName(column)) &&
  values.length > 0 &&
  share(values, (value) => /^#\d+$/.test(value)) >= 0.9
    ? 0.6
    : 0;

interface Candidate {
  concept: ImportConcept;
  index: number;
  score: number;
}

/**
 * Suggests which column holds each concept, from the column names (synonyms, in any case and
 * with spaces or underscores) checked against the sample rows' values. Each column is used
 * at most once; the most certain matches are taken first.
 */
export const suggestMapping = (columns: readonly string[], samples: readonly SampleRow[]): SuggestedMapping => {
  const valuesByColumn = columns.map((_, index) => presentValues(samples, index));
  const style = detectNumberStyle(valuesByColumn);
  const candidates: Candidate[] = [];
  for (const concept of importConcepts) {
    columns.forEach((column, index) => {
      const values = valuesByColumn[index] ?? [];
      const byName = Math.max(
        nameScore(column, conceptNames[concept]),
        concept === 'order_id' ? orderNameScore(column, values) : 0,
      );
      const score = byName * valueFactor(concept, values, style, samples.length > 0);
      if (score >= MIN_CONFIDENCE) candidates.push({ concept, index, score });
    });
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score || importConcepts.indexOf(a.concept) - importConcepts.indexOf(b.concept) || a.index - b.index,
  );

  const chosen = new Map<ImportConcept, Candidate>();
  const usedColumns = new Set<number>();
  for (const candidate of candidates) {
    if (chosen.has(candidate.concept) || usedColumns.has(candidate.index)) continue;
    chosen.set(candidate.concept, candidate);
    usedColumns.add(candidate.index);
  }

  const quantity = chosen.get('quantity');
  const price = chosen.get('unit_price');
  const revenue = chosen.get('line_revenue');
  if (quantity && price && revenue) {
    const agrees = revenueAgrees(
      samples,
      { quantity: quantity.index, unit_price: price.index, line_revenue: revenue.index },
      style,
    );
    // Revenue is computed from quantity and price anyway; a vaguely named column that disagrees
    // with them (an order total with shipping and tax) would only mislead. A clearly named one
    // ("Net Sales") is kept: it may hold the revenue after discounts.
    if (agrees === false && revenue.score < STRONG_WITHIN) chosen.delete('line_revenue');
    else if (agrees === true) revenue.score = Math.max(revenue.score, 0.9);
  }

  const mapping: ConceptColumns = {};
  const confidence: Partial<Record<ImportConcept, number>> = {};
  for (const concept of importConcepts) {
    const candidate = chosen.get(concept);
    const column = candidate === undefined ? undefined : columns[candidate.index];
    if (candidate === undefined || column === undefined) continue;
    mapping[concept] = column;
    confidence[concept] = Math.round(candidate.score * 100) / 100;
  }
  return { mapping, confidence, complete: ImportMapping.safeParse(mapping).success };
};
