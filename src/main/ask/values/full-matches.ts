import type { Candidate } from './candidate';
import { countryNotPronoun, type QuestionToken } from './question';
import { typoScore } from './scoring';
import type { MatchKind } from './types';
import type { ValueEntry, Variant } from './value-entries';
import type { Vocabulary } from './vocabulary';

const KIND_ORDER: Record<MatchKind, number> = { exact: 0, plural: 1, alias: 2, typo: 3, partial: 4 };

/** A value of one word named by one question word: the rules that keep "by", "10" or "it" from being values. */
const loneWordAllowed = (tokens: readonly QuestionToken[], index: number, question: string): boolean => {
  const token = tokens[index];
  if (!token || token.numeric) return false;
  if (token.questionWord) return token.norm === 'us' && countryNotPronoun(tokens, index, question);
  // Two letters are a code ("CA", "NY") only when typed as one.
  return token.norm.length > 2 || token.upper;
};

/** Compares question words first.. with every word of a variant, in order. */
const readVariant = (
  tokens: readonly QuestionToken[],
  first: number,
  variant: Variant,
): { kind: MatchKind; edits: number } | undefined => {
  let kind: MatchKind = 'exact';
  let edits = 0;
  for (let offset = 0; offset < variant.keys.length; offset++) {
    const token = tokens[first + offset];
    const key = variant.keys[offset];
    if (!token || key === undefined || token.segment !== tokens[first]?.segment) return undefined;
    const wordEdits = token.near.get(key);
    if (wordEdits === undefined) return undefined;
    const wordKind: MatchKind = token.norm === variant.norms[offset] ? 'exact' : wordEdits === 0 ? 'plural' : 'typo';
    if (KIND_ORDER[wordKind] > KIND_ORDER[kind]) kind = wordKind;
    edits += wordEdits;
  }
  return { kind, edits };
};

/**
 * Values whose every word was typed, in order, as consecutive question words (connectors aside).
 * Each question word that is not a question word proper anchors a lookup: the postings of the
 * keys it may stand for say which values contain it and at which word, hence where the value
 * would have to start in the question.
 */
export const fullMatches = (
  question: string,
  tokens: readonly QuestionToken[],
  entries: readonly ValueEntry[],
  vocabulary: Vocabulary,
  allowed: (entry: ValueEntry) => boolean,
): Candidate[] => {
  const found: Candidate[] = [];
  const tried = new Set<string>();
  tokens.forEach((anchor, anchorIndex) => {
    // "us" anchors too so a stored "US" can be reached; loneWordAllowed decides if it may.
    if (anchor.questionWord && anchor.norm !== 'us') return;
    for (const key of anchor.near.keys()) {
      for (const posting of vocabulary.postingsOf(key)) {
        const entry = entries[posting.entry];
        const variant = entry?.variants[posting.variant];
        if (!entry || !variant || !entry.matchable || !allowed(entry)) continue;
        const first = anchorIndex - posting.position;
        const last = first + variant.keys.length - 1;
        if (first < 0 || last >= tokens.length) continue;
        const attempt = `${posting.entry}:${posting.variant}:${first}`;
        if (tried.has(attempt)) continue;
        tried.add(attempt);
        if (first === last && !loneWordAllowed(tokens, first, question)) continue;
        const read = readVariant(tokens, first, variant);
        if (!read) continue;
        found.push({ entry: entry.id, first, last, kind: read.kind, score: typoScore(read.edits, variant.chars) });
      }
    }
  });
  return found;
};
