import { spanKey, type Candidate, type PartialCandidate } from './candidate';
import { AMBIGUITY_MARGIN, AMBIGUOUS_WEIGHT, MAX_CHOICES, MAX_SHARED_VALUES, quality } from './scoring';
import type { ValueEntry } from './value-entries';

/** What one span of question words reads as: one value, or a choice to put to the user. */
export interface Reading {
  first: number;
  last: number;
  weight: number;
  candidates: Candidate[];
  ambiguous: boolean;
}

const byQuality = (a: Candidate, b: Candidate): number => quality(b.score, b.kind) - quality(a.score, a.kind);

/** Shorter values first among equals: "JUMBO BAG OWLS" before "JUMBO BAG SCANDINAVIAN BLUE PAISLEY". */
const choiceOrder =
  (entries: readonly ValueEntry[]) =>
  (a: Candidate, b: Candidate): number =>
    byQuality(a, b) ||
    (entries[a.entry]?.value.length ?? 0) - (entries[b.entry]?.value.length ?? 0) ||
    (entries[a.entry]?.value ?? '').localeCompare(entries[b.entry]?.value ?? '');

const bestPerEntry = (candidates: readonly Candidate[]): Candidate[] => {
  const best = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const known = best.get(candidate.entry);
    if (!known || byQuality(candidate, known) < 0) best.set(candidate.entry, candidate);
  }
  return [...best.values()];
};

/**
 * "klein" is in the brand "Calvin Klein" and in every Calvin Klein product name. When the one
 * candidate of its dimension has words that all recur in each other candidate, and those are all
 * of another dimension, it is the general reading the others refine: take it rather than ask.
 */
const generalCandidate = (ranked: readonly Candidate[], entries: readonly ValueEntry[]): Candidate | undefined => {
  const wordsOf = (candidate: Candidate): readonly string[] => entries[candidate.entry]?.variants[0]?.keys ?? [];
  const dimensionOf = (candidate: Candidate): string | undefined => entries[candidate.entry]?.dimension;
  return ranked.find((general) => {
    const words = wordsOf(general);
    return ranked.every((other) => {
      if (other === general) return true;
      if (dimensionOf(other) === dimensionOf(general)) return false;
      const otherWords = new Set(wordsOf(other));
      return words.every((word) => otherWords.has(word));
    });
  });
};

const reading = (first: number, last: number, candidates: Candidate[], ambiguous: boolean): Reading => {
  const top = candidates[0]?.score ?? 0;
  const words = last - first + 1;
  return { first, last, candidates, ambiguous, weight: top * words * (ambiguous ? AMBIGUOUS_WEIGHT : 1) };
};

/**
 * One reading per span. Whole-value readings (exact, plural, alias, typo) win over partial ones;
 * among them, any within the margin of the best make the span ambiguous. Partial readings count
 * only when distinctive: one value is a match, a few are a choice, many are no reading at all
 * ("bag" alone names nothing).
 */
export const spanReadings = (
  whole: readonly Candidate[],
  partial: readonly PartialCandidate[],
  entries: readonly ValueEntry[],
): Reading[] => {
  const wholeBySpan = new Map<number, Candidate[]>();
  for (const candidate of whole) {
    const key = spanKey(candidate.first, candidate.last);
    wholeBySpan.set(key, [...(wholeBySpan.get(key) ?? []), candidate]);
  }
  const partialBySpan = new Map<number, PartialCandidate[]>();
  for (const candidate of partial) {
    const key = spanKey(candidate.first, candidate.last);
    if (wholeBySpan.has(key)) continue;
    const list = partialBySpan.get(key);
    if (list) list.push(candidate);
    else partialBySpan.set(key, [candidate]);
  }
  // A word that is a whole value by itself ("dress" -> Dresses) does not make a longer partial
  // reading distinctive: "red dress" stays the category, not the one product with both words.
  const wholeWords = new Set(whole.filter((c) => c.first === c.last).map((c) => c.first));
  const offerable = (candidate: PartialCandidate): boolean =>
    candidate.numbered || candidate.distinctiveWords.some((index) => !wholeWords.has(index));
  const order = choiceOrder(entries);
  const readings: Reading[] = [];
  for (const list of wholeBySpan.values()) {
    const ranked = bestPerEntry(list).sort(order);
    const [best] = ranked;
    if (!best) continue;
    const close = ranked.filter((c) => quality(best.score, best.kind) - quality(c.score, c.kind) < AMBIGUITY_MARGIN);
    readings.push(reading(best.first, best.last, close.slice(0, MAX_CHOICES), close.length > 1));
  }
  for (const list of partialBySpan.values()) {
    if (list.length > MAX_SHARED_VALUES || !list.some(offerable)) continue;
    const ranked = [...list].sort(order);
    const [best] = ranked;
    if (!best) continue;
    const general = ranked.length > 1 ? generalCandidate(ranked, entries) : undefined;
    if (general) readings.push(reading(general.first, general.last, [general], false));
    else readings.push(reading(best.first, best.last, ranked.slice(0, MAX_CHOICES), ranked.length > 1));
  }
  return readings;
};

/**
 * The non-overlapping set of readings with the greatest total weight (score x words covered),
 * by dynamic programming over word positions; on equal weight, fewer and longer readings win.
 */
export const bestReadings = (readings: readonly Reading[], wordCount: number): Reading[] => {
  const endingAt = new Map<number, Reading[]>();
  for (const r of readings) endingAt.set(r.last, [...(endingAt.get(r.last) ?? []), r]);
  const best: { weight: number; count: number; reading?: Reading; previous: number }[] = [
    { weight: 0, count: 0, previous: -1 },
  ];
  for (let end = 1; end <= wordCount; end++) {
    const skip = best[end - 1] ?? { weight: 0, count: 0, previous: -1 };
    let chosen: (typeof best)[number] = { weight: skip.weight, count: skip.count, previous: end - 1 };
    for (const r of endingAt.get(end - 1) ?? []) {
      const before = best[r.first] ?? { weight: 0, count: 0, previous: -1 };
      const weight = before.weight + r.weight;
      const count = before.count + 1;
      if (weight > chosen.weight + 1e-9 || (Math.abs(weight - chosen.weight) <= 1e-9 && count < chosen.count)) {
        chosen = { weight, count, reading: r, previous: r.first };
      }
    }
    best.push(chosen);
  }
  const picked: Reading[] = [];
  for (let at = wordCount; at > 0;) {
    const step = best[at];
    if (!step) break;
    if (step.reading) picked.push(step.reading);
    at = step.previous;
  }
  return picked.reverse();
};
