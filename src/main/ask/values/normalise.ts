import pluralize from 'pluralize';

/** One word of a question or a stored value, with where it came from. */
export interface Token {
  /** Lower case, accents and apostrophes removed: "Levi's" -> "levis", "U.K." -> "uk". */
  norm: string;
  /** Singular comparison key: "dresses" -> "dress", "jeans" -> "jean", "hoodies" -> "hoody". */
  key: string;
  start: number;
  end: number;
  /** "and", "&" or "+": optional when comparing, so "tops and tees" reads as "Tops & Tees". */
  connector: boolean;
  /** Joined to the next token by a hyphen ("T-LIGHT"), so the joined spelling "tlight" is also indexed. */
  hyphenNext: boolean;
  /** Written all in capitals in the source text ("US" the country, not "us" the pronoun). */
  upper: boolean;
  /** Contains a digit: numbers are compared exactly, never as typos. */
  numeric: boolean;
}

// Letter-dot abbreviations first ("u.k.", "U.S.A"), then words with inner apostrophes
// ("levi's", "50's"), then the connector symbols. Marks (\p{M}) stay inside words so text
// typed with combining accents keeps its offsets.
const TOKEN = /(?:\p{L}\.)+\p{L}\.?(?![\p{L}\p{N}])|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[&+]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CONNECTORS: ReadonlySet<string> = new Set(['and', '&', '+']);

/** Lower case without accents, apostrophes or dots: the spelling-insensitive form of one word. */
export const foldWord = (raw: string): string => {
  // Most stored values are plain ASCII: they need no Unicode decomposition, which is the costly step.
  const plain = /^[\x20-\x7e]*$/.test(raw)
    ? raw.toLowerCase()
    : raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.replace(/['’.]/g, '');
};

const keyCache = new Map<string, string>();

/** Short irregular plurals; other short words are left alone (pluralize turns "us" into "me"). */
const SHORT_PLURALS: Readonly<Record<string, string>> = { men: 'man' };

const computeKey = (norm: string): string => {
  // "50's" and "50s" are the fifties either way; other numbers are compared as typed.
  if (/\d/.test(norm)) return /^\d+s$/.test(norm) ? norm.slice(0, -1) : norm;
  if (norm.length <= 3) return SHORT_PLURALS[norm] ?? norm;
  // Twice, so "womens" -> "women" -> "woman" meets "Women" -> "woman".
  let key = pluralize.singular(pluralize.singular(norm));
  // pluralize makes "hoodies" -> "hoody" but leaves "hoodie"; one spelling for both.
  if (key.length > 4 && key.endsWith('ie')) key = `${key.slice(0, -2)}y`;
  // pluralize keeps plural-only nouns such as "jeans"; drop the final s so "jean" meets "jeans".
  // Not after ss/us/is ("glass", "status", "trellis").
  if (key.length > 3 && key.endsWith('s') && !/(ss|us|is)$/.test(key)) key = key.slice(0, -1);
  return key;
};

/** The comparison key of a folded word; cached because the same words recur across thousands of values. */
export const keyOf = (norm: string): string => {
  let key = keyCache.get(norm);
  if (key === undefined) {
    // Bounded: question words pass through here too, for as long as the app runs.
    if (keyCache.size >= 100_000) keyCache.clear();
    key = computeKey(norm);
    keyCache.set(norm, key);
  }
  return key;
};

/** Words of a text with their offsets. Connectors are kept (flagged) so spans can cover them. */
export const tokenise = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const found of text.matchAll(TOKEN)) {
    const raw = found[0];
    const start = found.index;
    const end = start + raw.length;
    const norm = CONNECTORS.has(raw) ? 'and' : foldWord(raw);
    if (norm === '') continue;
    const after = text.charAt(end + 1);
    tokens.push({
      norm,
      key: keyOf(norm),
      start,
      end,
      connector: CONNECTORS.has(norm),
      hyphenNext: text.charAt(end) === '-' && WORD_CHAR.test(after),
      upper: raw !== norm && raw === raw.toUpperCase(),
      numeric: /\d/.test(norm),
    });
  }
  return tokens;
};
