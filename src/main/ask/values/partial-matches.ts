import type { PartialCandidate } from './candidate';
import type { QuestionToken } from './question';
import { partialScore, typoScore } from './scoring';
import type { ValueEntry, Variant } from './value-entries';
import type { Vocabulary } from './vocabulary';

interface Assignment {
  chars: number;
  edits: number;
  inOrderAndComplete: boolean;
}

/**
 * Gives each question word first..last its own word of the variant (exact words first, any order).
 * Undefined when some question word has none left.
 */
const assign = (
  tokens: readonly QuestionToken[],
  first: number,
  last: number,
  variant: Variant,
): Assignment | undefined => {
  const used = new Set<number>();
  const positions: number[] = [];
  let chars = 0;
  let edits = 0;
  for (let index = first; index <= last; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    let best: { position: number; edits: number } | undefined;
    variant.keys.forEach((key, position) => {
      if (used.has(position)) return;
      const wordEdits = token.near.get(key);
      if (wordEdits !== undefined && (best === undefined || wordEdits < best.edits))
        best = { position, edits: wordEdits };
    });
    if (!best) return undefined;
    used.add(best.position);
    positions.push(best.position);
    chars += variant.norms[best.position]?.length ?? 0;
    edits += best.edits;
  }
  const inOrderAndComplete = positions.length === variant.keys.length && positions.every((p, i) => p === i);
  return { chars, edits, inOrderAndComplete };
};

/**
 * Question words first..last that make the reading worth offering: matched, and neither everyday
 * English nor numbers. A single word must also be spelled right; two or more may all carry typos
 * ("regncy cakestnad"), since several slips landing on one value by chance are unlikely.
 */
const distinctiveWords = (
  tokens: readonly QuestionToken[],
  first: number,
  last: number,
  variant: Variant,
): number[] => {
  const typed = tokens.slice(first, last + 1).filter((token) => !token.questionWord).length;
  const maxEdits = typed > 1 ? Infinity : 0;
  const found: number[] = [];
  for (let index = first; index <= last; index++) {
    const token = tokens[index];
    if (!token || token.knownWord || token.numeric || token.norm.length < 4) continue;
    if (variant.keys.some((key) => (token.near.get(key) ?? Infinity) <= maxEdits)) found.push(index);
  }
  return found;
};

/**
 * Values that contain every typed word of a span of consecutive question words but have more
 * words besides ("retrospot charlotte bag" in "RED RETROSPOT CHARLOTTE BAG"), or the same words in
 * another order. Spans start and end on words that are not question words; question words inside
 * must be in the value too ("set of 3"). Whether a span's candidates are offered (one value) or
 * asked about (a few) is decided in readings.ts, which sees all values sharing the span.
 */
export const partialMatches = (
  tokens: readonly QuestionToken[],
  entries: readonly ValueEntry[],
  vocabulary: Vocabulary,
  allowed: (entry: ValueEntry) => boolean,
): PartialCandidate[] => {
  // entry -> question words that hit one of its words
  const hits = new Map<number, Set<number>>();
  tokens.forEach((token, index) => {
    if (token.questionWord) return;
    for (const key of token.near.keys()) {
      for (const posting of vocabulary.postingsOf(key)) {
        const set = hits.get(posting.entry);
        if (set) set.add(index);
        else hits.set(posting.entry, new Set([index]));
      }
    }
  });
  const found: PartialCandidate[] = [];
  for (const [entryId, hitIndexes] of hits) {
    const entry = entries[entryId];
    if (!entry?.matchable || !allowed(entry)) continue;
    // One typed word alone is offered only when distinctive; skip the rest early (most hits are "red", "bag").
    if (hitIndexes.size === 1) {
      const [only] = hitIndexes;
      const token = only === undefined ? undefined : tokens[only];
      if (!token || token.knownWord || token.numeric || token.norm.length < 4) continue;
    }
    const best = new Map<string, PartialCandidate>();
    for (const variant of entry.variants) {
      const valueKeys = new Set(variant.keys);
      const inRun = (index: number): boolean => {
        const token = tokens[index];
        if (!token) return false;
        return token.questionWord ? valueKeys.has(token.key) : hitIndexes.has(index);
      };
      for (const first of hitIndexes) {
        for (let last = first; last < tokens.length && last - first < variant.keys.length; last++) {
          if (!inRun(last) || tokens[last]?.segment !== tokens[first]?.segment) break;
          if (tokens[last]?.questionWord) continue;
          const assignment = assign(tokens, first, last, variant);
          if (!assignment) break;
          if (assignment.inOrderAndComplete) continue;
          const coverage = assignment.chars / Math.max(variant.chars, 1);
          const score = partialScore(typoScore(assignment.edits, assignment.chars), coverage);
          const key = `${first}:${last}`;
          const known = best.get(key);
          if (known && known.score >= score) continue;
          best.set(key, {
            entry: entryId,
            first,
            last,
            score,
            kind: 'partial',
            distinctiveWords: distinctiveWords(tokens, first, last, variant),
            numbered: last > first && tokens.slice(first, last + 1).some((token) => token.numeric),
          });
        }
      }
    }
    found.push(...best.values());
  }
  return found;
};
