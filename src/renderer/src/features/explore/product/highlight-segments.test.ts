import { describe, expect, it } from 'vitest';
import { mentionRanges, mentionTone, segmentText } from './highlight-segments';

describe('mentionRanges', () => {
  const text = 'Lovely colour. The zipper broke after a week. Lovely colour.';

  it('finds each sentence and groups the aspects of one sentence', () => {
    const ranges = mentionRanges(text, [
      { aspect: 'colour', score: 0.6, sentence: 'Lovely colour.' },
      { aspect: 'zipper', score: -0.7, sentence: 'The zipper broke after a week.' },
      { aspect: 'quality', score: -0.5, sentence: 'The zipper broke after a week.' },
    ]);
    expect(ranges.map((range) => [range.start, range.end, range.tone])).toEqual([
      [0, 14, 'positive'],
      [15, 45, 'negative'],
    ]);
    expect(ranges[1]?.aspects.map((entry) => entry.aspect)).toEqual(['zipper', 'quality']);
  });

  it('takes the next occurrence when the same aspect repeats a sentence', () => {
    const ranges = mentionRanges(text, [
      { aspect: 'colour', score: 0.6, sentence: 'Lovely colour.' },
      { aspect: 'colour', score: 0.6, sentence: 'Lovely colour.' },
    ]);
    expect(ranges.map((range) => range.start)).toEqual([0, 46]);
  });

  it('skips sentences that are not in the text', () => {
    expect(mentionRanges(text, [{ aspect: 'fit', score: -1, sentence: 'Runs small.' }])).toEqual([]);
  });
});

describe('mentionTone', () => {
  it('keeps near-zero scores neutral', () => {
    expect([mentionTone(0.5), mentionTone(-0.5), mentionTone(0.01)]).toEqual(['positive', 'negative', 'neutral']);
  });
});

describe('segmentText', () => {
  it('returns the whole text when nothing is marked', () => {
    expect(segmentText('plain', [])).toEqual([{ text: 'plain', match: false, mention: null }]);
  });

  it('cuts matches inside a mention sentence', () => {
    const text = 'Nice. The zipper broke.';
    const mentions = mentionRanges(text, [{ aspect: 'zipper', score: -0.6, sentence: 'The zipper broke.' }]);
    const segments = segmentText(text, [{ start: 10, end: 16 }], mentions);
    expect(segments.map((segment) => [segment.text, segment.match, segment.mention?.tone ?? null])).toEqual([
      ['Nice. ', false, null],
      ['The ', false, 'negative'],
      ['zipper', true, 'negative'],
      [' broke.', false, 'negative'],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('clamps ranges outside the text and merges overlapping matches', () => {
    const segments = segmentText('abcdef', [
      { start: -3, end: 2 },
      { start: 1, end: 3 },
      { start: 5, end: 99 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.match])).toEqual([
      ['abc', true],
      ['de', false],
      ['f', true],
    ]);
  });
});
