import { describe, expect, it } from 'vitest';
import { reviewPhrases, reviewTitles } from '../../demo/review-grammar';
import { aspectSentiments, scoreSentiment, vaderCompound } from '.';

describe('scoreSentiment: clothing phrases VADER misreads', () => {
  it.each([
    'It runs small.',
    'Way too tight across the chest.',
    'I had to return it.',
    'Returned it the next day.',
    'The top is see-through.',
    'Cheap fabric.',
    'It fell apart after two washes.',
    'The zipper broke.',
    'The sweater pilled right away.',
    'I wanted to love this dress.',
    'I was disappointed.',
    'Very unflattering.',
    'Boxy.',
    'So itchy.',
  ])('"%s" is negative', (text) => {
    expect(scoreSentiment(text)).toBeLessThan(0);
  });

  it.each([
    'True to size.',
    'It fits perfectly.',
    'So soft!',
    'I got so many compliments.',
    'Bought it in another colour.',
  ])('"%s" is positive', (text) => {
    expect(scoreSentiment(text)).toBeGreaterThan(0);
  });

  it('fixes what VADER alone gets backwards', () => {
    expect(vaderCompound('I wanted to love this dress')).toBeGreaterThan(0);
    expect(scoreSentiment('I wanted to love this dress')).toBeLessThan(0);
  });

  it('stays in -1..1 and gives 0 for empty or neutral text', () => {
    expect(scoreSentiment('')).toBe(0);
    expect(scoreSentiment('It is a dress.')).toBe(0);
    const loud = scoreSentiment('LOVE LOVE LOVE it!!! Perfect, amazing, gorgeous, wonderful, best ever!!!');
    expect(loud).toBeLessThanOrEqual(1);
    expect(loud).toBeGreaterThan(0.8);
  });
});

describe('negation', () => {
  it.each([
    ['It is not flattering.', 'It is flattering.'],
    ["It didn't fit.", 'It fits perfectly.'],
    ['Not soft at all.', 'Soft.'],
    ['Not worth the money.', 'Worth every penny.'],
  ])('"%s" scores below "%s"', (negated, plain) => {
    expect(scoreSentiment(negated)).toBeLessThan(0);
    expect(scoreSentiment(plain)).toBeGreaterThan(0);
  });

  it('turns a complaint phrase into mild praise', () => {
    expect(scoreSentiment('It is not too tight.')).toBeGreaterThan(0);
    expect(scoreSentiment('I was not disappointed.')).toBeGreaterThan(0);
  });
});

describe('contrast', () => {
  it('weights the clause after "but" or "however" more', () => {
    expect(scoreSentiment('I love the colour, but the fabric is cheap and see-through.')).toBeLessThan(0);
    expect(scoreSentiment('The fabric is a bit thin, but I love it and it fits perfectly.')).toBeGreaterThan(0);
    expect(scoreSentiment('Great colour. However, it fell apart after one wash.')).toBeLessThan(
      scoreSentiment('Great colour.'),
    );
  });

  it('down-weights a concessive clause', () => {
    expect(scoreSentiment('Although it runs small, I love it.')).toBeGreaterThan(0);
  });
});

describe('title', () => {
  it('blends the title in', () => {
    const body = 'The dress is pretty.';
    expect(scoreSentiment(body, 'Returned it')).toBeLessThan(scoreSentiment(body));
    expect(scoreSentiment(body, 'Love it!')).toBeGreaterThan(scoreSentiment(body));
    expect(scoreSentiment(body, 'Dress')).toBe(scoreSentiment(body));
  });
});

describe('aspectSentiments', () => {
  it('scores each aspect from its own clause', () => {
    const found = aspectSentiments('Love the colour but the fabric is cheap and see-through. True to size.');
    const byAspect = new Map(found.map((item) => [item.aspect, item]));
    expect(byAspect.get('colour')?.score).toBeGreaterThan(0);
    expect(byAspect.get('fabric')?.score).toBeLessThan(0);
    expect(byAspect.get('size')?.score).toBeGreaterThan(0);
    expect(byAspect.get('size')?.sentence).toBe('True to size.');
  });

  it('files zipper and seam complaints under quality', () => {
    const found = aspectSentiments('The zipper broke after two wears. The side seam ripped within days.');
    expect(found.filter((item) => item.aspect === 'quality').map((item) => item.score < 0)).toEqual([true, true]);
  });

  it('finds nothing in text without aspects', () => {
    expect(aspectSentiments('I bought it for a wedding.')).toEqual([]);
  });
});

describe('the demo store review grammar', () => {
  const phrases = reviewPhrases();

  it('scores every complaint negative and every praise positive', () => {
    const wrong = phrases.filter((phrase) => {
      const score = scoreSentiment(phrase.text);
      return phrase.polarity === 'positive' ? score <= 0 : score >= 0;
    });
    expect(wrong.map((phrase) => `${phrase.polarity}: ${phrase.text}`)).toEqual([]);
  });

  it('finds the aspect each sentence was written about', () => {
    const missed = phrases.filter(
      (phrase) => !aspectSentiments(phrase.text).some((found) => found.aspect === phrase.aspect),
    );
    expect(missed.map((phrase) => `${phrase.aspect}: ${phrase.text}`)).toEqual([]);
  });

  it('orders titles by their star rating', () => {
    const mean = (rating: number): number => {
      const scores = reviewTitles()
        .filter((title) => title.rating === rating)
        .map((title) => scoreSentiment(title.text));
      return scores.reduce((sum, score) => sum + score, 0) / scores.length;
    };
    expect(mean(5)).toBeGreaterThan(mean(3));
    expect(mean(3)).toBeGreaterThan(mean(1));
    expect(mean(0)).toBeLessThan(0);
  });
});

describe('performance', () => {
  it('logs the time for 10,000 review-length texts (measured, not asserted)', () => {
    const phrases = reviewPhrases();
    const texts = Array.from({ length: 10_000 }, (_, index) => {
      const picked = [0, 1, 2, 3].map((offset) => phrases[(index * 7 + offset * 13) % phrases.length]?.text ?? '');
      return picked.join(' ');
    });
    const started = performance.now();
    for (const text of texts) scoreSentiment(text, 'Love it');
    const seconds = (performance.now() - started) / 1000;
    console.log(`scoreSentiment: ${seconds.toFixed(2)} s for 10,000 texts of four sentences`);
    expect(seconds).toBeGreaterThan(0);
  });
});
