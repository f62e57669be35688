import type { MatchKind } from './types';

/** Scores, in one place so their order is easy to see: exact > alias > typo > partial. */

export const EXACT_SCORE = 1;
export const ALIAS_SCORE = 0.95;

/** A typo costs in proportion to how much of the value it touches: one slip in a long name costs little. */
export const typoScore = (edits: number, chars: number): number =>
  edits === 0 ? EXACT_SCORE : Math.max(0.5, 0.95 - (0.5 * edits) / Math.max(chars, 1));

/** A partial match is worth its word score scaled by how much of the value was typed (0.5..0.9). */
export const partialScore = (wordScore: number, coverage: number): number =>
  Math.min(wordScore, 0.95) * (0.5 + 0.4 * coverage);

/** Readings closer than this are "about equally good": the user is asked. */
export const AMBIGUITY_MARGIN = 0.03;

/** Values sharing typed words beyond this many are too generic to list as choices. */
export const MAX_SHARED_VALUES = 30;

/** Choices offered for one ambiguous span. */
export const MAX_CHOICES = 5;

/** An ambiguous reading weighs less than a definite one of the same size, so a clear reading wins ties. */
export const AMBIGUOUS_WEIGHT = 0.9;

/**
 * Both score 1, but "dress" names a stored "Dress" more surely than a stored "Dresses": the bonus is
 * bigger than the margin so an exact spelling is never reported as ambiguous with a plural reading.
 */
const KIND_BONUS: Record<MatchKind, number> = { exact: 0.05, plural: 0, alias: 0, typo: 0, partial: 0 };

export const quality = (score: number, kind: MatchKind): number => score + KIND_BONUS[kind];

export const roundScore = (score: number): number => Math.round(score * 1000) / 1000;
