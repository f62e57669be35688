import type { ProductDetail } from '../../../../../shared/contract/explore';

type AspectRow = ProductDetail['aspects'][number];

export type AspectSortKey = 'aspect' | 'share' | 'sentiment' | 'complaints';
export type SortDirection = 'asc' | 'desc';

/** The direction a column sorts in on first click: names A→Z, worst sentiment first, biggest numbers first. */
export const defaultDirection = (key: AspectSortKey): SortDirection =>
  key === 'aspect' || key === 'sentiment' ? 'asc' : 'desc';

/** A sorted copy; ties fall back to share of mentions so the order is stable and meaningful. */
export const sortAspects = (rows: readonly AspectRow[], key: AspectSortKey, direction: SortDirection): AspectRow[] => {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = key === 'aspect' ? a.aspect.localeCompare(b.aspect) : a[key] - b[key];
    return primary !== 0 ? primary * sign : b.share - a.share || a.aspect.localeCompare(b.aspect);
  });
};

/**
 * A diverging tint for a sentiment score: the tone picks the hue, the strength (0..1) how much
 * of it, so −0.8 reads redder than −0.2.
 */
export const sentimentTint = (score: number): { tone: 'positive' | 'negative' | 'neutral'; strength: number } => {
  const strength = Math.min(1, Math.abs(score));
  if (Math.abs(score) < 0.05) return { tone: 'neutral', strength: 0 };
  return { tone: score > 0 ? 'positive' : 'negative', strength };
};
