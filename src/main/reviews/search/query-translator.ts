/**
 * Turns what a person types into a search box into a valid FTS5 MATCH expression. Raw input
 * is never passed to FTS5: its syntax (`*`, `:`, `^`, column filters, NEAR, parentheses,
 * unbalanced quotes) would either throw or mean something the person did not ask for.
 *
 * Supported: plain words (all must match), "quoted phrases", `OR` between two terms (binds
 * tighter than the implicit AND, as in web search: `zip OR zipper broke` is
 * `(zip OR zipper) AND broke`), and `-word` / `-"phrase"` to exclude. Every term reaches FTS5
 * as a double-quoted string, so FTS5 only ever sees phrases, AND, OR, NOT and parentheses.
 */

export interface TranslatedQuery {
  /** The MATCH expression; null when nothing searchable is left (empty input, only exclusions, only punctuation). */
  match: string | null;
  /** The words and phrases searched for, for messages ("No reviews mention …"). */
  terms: string[];
}

interface Token {
  kind: 'term' | 'or';
  text: string;
  negated: boolean;
}

/** Letters or digits: what unicode61 keeps as token characters. A term without any is dropped. */
const hasWordCharacter = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** An FTS5 string: double quotes inside are doubled. FTS5 tokenizes it, so `don't` becomes the phrase "don t". */
const ftsString = (text: string): string => `"${text.replaceAll('"', '""')}"`;

const tokenize = (input: string): Token[] => {
  const tokens: Token[] = [];
  let position = 0;
  while (position < input.length) {
    const char = input[position] ?? '';
    if (/\s/u.test(char)) {
      position += 1;
      continue;
    }
    let negated = false;
    if (char === '-' && position + 1 < input.length && !/\s/u.test(input[position + 1] ?? '')) {
      negated = true;
      position += 1;
    }
    if (input[position] === '"') {
      // A phrase runs to the next quote, or to the end when the quote is never closed.
      const close = input.indexOf('"', position + 1);
      const end = close === -1 ? input.length : close;
      tokens.push({ kind: 'term', text: input.slice(position + 1, end).trim(), negated });
      position = end + 1;
      continue;
    }
    let end = position;
    while (end < input.length && !/\s/u.test(input[end] ?? '') && input[end] !== '"') end += 1;
    const word = input.slice(position, end);
    position = end;
    if (word === 'OR' && !negated) tokens.push({ kind: 'or', text: word, negated });
    else tokens.push({ kind: 'term', text: word, negated });
  }
  return tokens.filter((token) => token.kind === 'or' || hasWordCharacter(token.text));
};

export const translateQuery = (input: string): TranslatedQuery => {
  // FTS5 ends a string at NUL ("unterminated string"); control characters are never words anyway.
  const tokens = tokenize(input.replace(/\p{Cc}/gu, ' '));
  const groups: string[][] = [];
  const excluded: string[] = [];
  const terms: string[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      // A leading, trailing or doubled OR is ignored.
      joinNext = groups.length > 0;
      continue;
    }
    // Collapse inner whitespace so a phrase reads the same in messages.
    const text = token.text.replace(/\s+/gu, ' ');
    if (token.negated) {
      excluded.push(ftsString(text));
      continue;
    }
    terms.push(text);
    const last = groups.at(-1);
    if (joinNext && last) last.push(ftsString(text));
    else groups.push([ftsString(text)]);
    joinNext = false;
  }
  if (groups.length === 0) return { match: null, terms };
  const positive = groups.map((group) => (group.length === 1 ? group[0] : `(${group.join(' OR ')})`)).join(' AND ');
  const match = excluded.length === 0 ? positive : `(${positive}) NOT (${excluded.join(' OR ')})`;
  return { match, terms };
};
