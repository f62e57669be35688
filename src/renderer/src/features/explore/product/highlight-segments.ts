import type { ReviewItem } from '../../../../../shared/contract/explore';

export interface TextRange {
  start: number;
  end: number;
}

export type MentionTone = 'positive' | 'negative' | 'neutral';

/** One sentence of a review that talks about one or more aspects. */
export interface MentionRange extends TextRange {
  aspects: { aspect: string; score: number }[];
  tone: MentionTone;
}

/** A run of text drawn the same way: inside a search match or not, inside a mention sentence or not. */
export interface TextSegment {
  text: string;
  match: boolean;
  mention: MentionRange | null;
}

/** Scores this close to zero read as neutral: a faint underline would only add noise. */
const NEUTRAL_BAND = 0.05;

export const mentionTone = (score: number): MentionTone =>
  score > NEUTRAL_BAND ? 'positive' : score < -NEUTRAL_BAND ? 'negative' : 'neutral';

/**
 * Where each mention's sentence sits in the text. Main stores sentences as trimmed substrings
 * of the review, so a plain search finds them; a sentence that repeats takes its next unused
 * occurrence. Mentions of one sentence (fit and fabric) share one range; overlapping ranges
 * are dropped so every character belongs to at most one mention.
 */
export const mentionRanges = (text: string, mentions: ReviewItem['mentions']): MentionRange[] => {
  const bySpan = new Map<number, MentionRange>();
  for (const mention of mentions) {
    if (mention.sentence.length === 0) continue;
    let start = text.indexOf(mention.sentence);
    // Two aspects of one sentence share its first occurrence; the same aspect again means a repeat.
    while (start >= 0 && bySpan.get(start)?.aspects.some((entry) => entry.aspect === mention.aspect)) {
      start = text.indexOf(mention.sentence, start + 1);
    }
    if (start < 0) continue;
    const range = bySpan.get(start) ?? { start, end: start + mention.sentence.length, aspects: [], tone: 'neutral' };
    range.aspects.push({ aspect: mention.aspect, score: mention.score });
    bySpan.set(start, range);
  }
  const ranges = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: MentionRange[] = [];
  for (const range of ranges) {
    const previous = result.at(-1);
    if (previous && range.start < previous.end) continue;
    const total = range.aspects.reduce((sum, entry) => sum + entry.score, 0);
    result.push({ ...range, tone: mentionTone(total / range.aspects.length) });
  }
  return result;
};

/**
 * Cuts the text at every match and mention boundary, so the view can wrap each run in <mark>
 * and/or an underlined span without nesting rules. Ranges outside the text are clamped.
 */
export const segmentText = (
  text: string,
  matches: readonly TextRange[],
  mentions: readonly MentionRange[] = [],
): TextSegment[] => {
  const clamp = (value: number): number => Math.max(0, Math.min(text.length, value));
  const cuts = new Set<number>([0, text.length]);
  for (const range of [...matches, ...mentions]) {
    cuts.add(clamp(range.start));
    cuts.add(clamp(range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? 0;
    if (end <= start) continue;
    const match = matches.some((range) => range.start <= start && range.end >= end);
    const mention = mentions.find((range) => range.start <= start && range.end >= end) ?? null;
    const previous = segments.at(-1);
    // Neighbouring runs drawn alike merge, so the DOM stays small.
    if (previous && previous.match === match && previous.mention === mention) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), match, mention });
  }
  return segments;
};
