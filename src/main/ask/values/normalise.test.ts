import { describe, expect, it } from 'vitest';
import { keyOf, tokenise } from './normalise';
import { editsWithin, typoBudget } from './typo';

describe('tokenise', () => {
  it.each([
    ['Tops & Tees', ['tops', 'and', 'tees']],
    ["Levi's jeans", ['levis', 'jeans']],
    ['sales in the U.K.', ['sales', 'in', 'the', 'uk']],
    ['JUMBO  BAG BAROQUE', ['jumbo', 'bag', 'baroque']],
    ['WHITE HANGING HEART T-LIGHT HOLDER', ['white', 'hanging', 'heart', 't', 'light', 'holder']],
    ['España, Brasil', ['espana', 'brasil']],
    ['REX CASH+CARRY', ['rex', 'cash', 'and', 'carry']],
    ["JUMBO BAG 50'S CHRISTMAS ", ['jumbo', 'bag', '50s', 'christmas']],
  ])('%j -> %j', (text, norms) => {
    expect(tokenise(text).map((token) => token.norm)).toEqual(norms);
  });

  it('keeps offsets into the original text, flags connectors, hyphens and capitals', () => {
    const text = 'show U.S. T-shirts & Tops';
    const tokens = tokenise(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'show',
      'U.S.',
      'T',
      'shirts',
      '&',
      'Tops',
    ]);
    expect(tokens.map((token) => token.connector)).toEqual([false, false, false, false, true, false]);
    expect(tokens.find((token) => token.norm === 't')?.hyphenNext).toBe(true);
    expect(tokens.find((token) => token.norm === 'us')?.upper).toBe(true);
  });
});

describe('keyOf (plural-insensitive comparison key)', () => {
  it.each([
    ['dresses', 'dress'],
    ['dress', 'dress'],
    ['jeans', 'jean'],
    ['jean', 'jean'],
    ['skirts', 'skirt'],
    ['hoodies', 'hoody'],
    ['hoodie', 'hoody'],
    ['womens', 'woman'],
    ['women', 'woman'],
    ['men', 'man'],
    ['mens', 'man'],
    ['us', 'us'],
    ['glass', 'glass'],
    ['50s', '50'],
  ])('%s -> %s', (word, key) => {
    expect(keyOf(word)).toBe(key);
  });
});

describe('typo budget and distance', () => {
  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [15, 2],
  ])('a %i-letter word may take %i edits', (length, budget) => {
    expect(typoBudget(length)).toBe(budget);
  });

  it.each([
    ['retrospt', 'retrospot', 2, 1],
    ['matrenity', 'maternity', 1, 1],
    ['teh', 'the', 1, 1],
    ['kline', 'klein', 1, undefined],
    ['kline', 'klein', 2, 2],
    ['grew', 'grey', 1, 1],
    ['abcdef', 'uvwxyz', 2, undefined],
  ])('%s vs %s within %i -> %s', (a, b, max, expected) => {
    expect(editsWithin(a, b, max)).toBe(expected);
  });
});
