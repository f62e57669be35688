/** The aspect (and optionally the polarity) the review list is narrowed to from the summary or the table. */
export interface ReviewFilter {
  aspect: string;
  polarity: 'positive' | 'negative' | null;
}

/** Clicking what is already selected clears it; anything else selects it. */
export const toggleFilter = (current: ReviewFilter | null, next: ReviewFilter): ReviewFilter | null =>
  current !== null && current.aspect === next.aspect && current.polarity === next.polarity ? null : next;

export const isSelected = (
  current: ReviewFilter | null,
  aspect: string,
  polarity?: ReviewFilter['polarity'],
): boolean =>
  current !== null && current.aspect === aspect && (polarity === undefined || current.polarity === polarity);
