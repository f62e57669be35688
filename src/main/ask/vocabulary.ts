import pluralize from 'pluralize';
import type { SemanticModel } from '../semantic';

/** A span of the question read as one thing, [start, end) in the original text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ConceptHit {
  kind: 'measure' | 'dimension';
  id: string;
  span: Span;
}

/** Words and phrases a merchandiser uses for a concept, beyond the model's own synonyms. */
const extraNames: Record<string, readonly string[]> = {
  revenue: ['sales revenue', 'money', 'earned', 'takings'],
  units: ['how many units', 'units', 'pieces sold', 'how many items'],
  orders: ['how many orders', 'order', 'purchases'],
  average_order_value: ['average order', 'avg order value', 'mean order value'],
  customers: ['customer', 'clients', 'how many customers', 'people bought'],
  return_rate: ['returned share', 'return ratio'],
  returned_units: ['returned', 'return'],
  average_rating: ['avg stars', 'average stars', 'rated'],
  product: ['product', 'skus', 'lines', 'line'],
  category: ['category', 'cat', 'cats'],
  country: ['country', 'geography', 'where'],
  department: ['department', 'departments', 'depts', 'gender split'],
  channel: ['channels', 'traffic source', 'traffic sources', 'source'],
  customer_segment: ['segment', 'segments', 'customer type'],
  brand: ['brand', 'vendor', 'vendors'],
  region: ['regions', 'state', 'states', 'area'],
  store: ['stores', 'shop', 'shops', 'location', 'locations'],
};

/** Names too general to stand for a concept on their own ("day" is a grain, "time" a trend). */
const ignored = new Set(['time', 'period', 'day', 'week', 'month', 'quarter', 'year', 'when', 'label', 'class']);

const tokenPattern = /[\p{L}\p{N}%]+(?:['’][\p{L}]+)?/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

export const tokenize = (text: string): Token[] =>
  [...text.matchAll(tokenPattern)].map((match) => ({
    word: match[0].toLowerCase().replace(/['’]/g, ''),
    start: match.index,
    end: match.index + match[0].length,
  }));

const singular = (word: string): string => (word.length > 3 ? pluralize.singular(word) : word);
const phraseKey = (words: readonly string[]): string => words.map(singular).join(' ');

/**
 * The model's measures and dimensions by every name people use for them, scanned longest phrase
 * first so "average order value" wins over "order" and "units sold" over "sold".
 */
export class Vocabulary {
  readonly #phrases = new Map<string, { kind: ConceptHit['kind']; id: string }>();
  readonly #longest: number;

  constructor(model: SemanticModel) {
    const add = (kind: ConceptHit['kind'], id: string, name: string): void => {
      const words = tokenize(name).map((token) => token.word);
      if (words.length === 0) return;
      const key = phraseKey(words);
      if (ignored.has(key) || this.#phrases.has(key)) return;
      this.#phrases.set(key, { kind, id });
    };
    // Measures first: "sales" is revenue, never a dimension.
    for (const measure of model.measures) {
      if (measure.hidden) continue;
      for (const name of [
        measure.id.replaceAll('_', ' '),
        measure.label,
        ...measure.synonyms,
        ...(extraNames[measure.id] ?? []),
      ]) {
        add('measure', measure.id, name);
      }
    }
    for (const dimension of model.dimensions) {
      for (const name of [
        dimension.id.replaceAll('_', ' '),
        dimension.label,
        ...dimension.synonyms,
        ...(extraNames[dimension.id] ?? []),
      ]) {
        add('dimension', dimension.id, name);
      }
    }
    this.#longest = Math.max(...[...this.#phrases.keys()].map((key) => key.split(' ').length));
  }

  /** Every concept named in the text outside `ignore`, left to right, longest phrases first. */
  scan(text: string, ignore: readonly Span[] = []): ConceptHit[] {
    const tokens = tokenize(text).filter(
      (token) => !ignore.some((span) => token.start < span.end && token.end > span.start),
    );
    const hits: ConceptHit[] = [];
    for (let i = 0; i < tokens.length;) {
      let found: { hit: ConceptHit; length: number } | null = null;
      for (let length = Math.min(this.#longest, tokens.length - i); length >= 1 && !found; length -= 1) {
        const slice = tokens.slice(i, i + length);
        // Tokens must be adjacent in the text (nothing ignored between them).
        const contiguous = slice.every(
          (token, k) => k === 0 || /^[\s\-_/]*$/.test(text.slice(slice[k - 1]?.end ?? token.start, token.start)),
        );
        if (!contiguous) continue;
        const entry = this.#phrases.get(phraseKey(slice.map((token) => token.word)));
        if (entry) {
          const first = slice[0] ?? tokens[i];
          const last = slice[slice.length - 1] ?? first;
          if (!first || !last) break;
          found = {
            hit: { ...entry, span: { start: first.start, end: last.end, text: text.slice(first.start, last.end) } },
            length,
          };
        }
      }
      if (found) {
        hits.push(found.hit);
        i += found.length;
      } else {
        i += 1;
      }
    }
    return hits;
  }
}
