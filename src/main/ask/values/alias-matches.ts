import type { Alias } from './aliases';
import type { Candidate } from './candidate';
import { countryNotPronoun, type QuestionToken } from './question';
import { ALIAS_SCORE } from './scoring';
import type { ValueEntry } from './value-entries';

/** Aliases grouped by first word, so each question word costs one map lookup. */
export const aliasesByFirstWord = (aliases: readonly Alias[]): Map<string, Alias[]> => {
  const byFirst = new Map<string, Alias[]>();
  for (const alias of aliases) {
    const first = alias.norms[0];
    if (first === undefined) continue;
    const list = byFirst.get(first);
    if (list) list.push(alias);
    else byFirst.set(first, [alias]);
  }
  return byFirst;
};

/** Aliases typed word for word (no typo tolerance: aliases are short and typos of them are other words). */
export const aliasMatches = (
  question: string,
  tokens: readonly QuestionToken[],
  byFirstWord: ReadonlyMap<string, readonly Alias[]>,
  entries: readonly ValueEntry[],
  allowed: (entry: ValueEntry) => boolean,
): Candidate[] => {
  const found: Candidate[] = [];
  tokens.forEach((token, first) => {
    for (const alias of byFirstWord.get(token.norm) ?? []) {
      const entry = entries[alias.entry];
      if (!entry || !allowed(entry)) continue;
      const last = first + alias.norms.length - 1;
      const typed = tokens.slice(first, last + 1);
      if (typed.length !== alias.norms.length) continue;
      if (typed.some((word, offset) => word.norm !== alias.norms[offset] || word.segment !== token.segment)) continue;
      if (alias.pronoun && !countryNotPronoun(tokens, first, question)) continue;
      found.push({ entry: entry.id, first, last, kind: 'alias', score: ALIAS_SCORE });
    }
  });
  return found;
};
