import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPhrases, reviewTitles } from '../../demo/review-grammar';
import { scoreSentiment } from '.';
import { fastPolarityScores } from './fast-vader';
import { packageVaderCompound, vaderCompound } from './vader';

const edgeCases = [
  '',
  ' ',
  'a',
  'I love it',
  'I LOVE it',
  'I LOVE IT',
  'LOVE LOVE LOVE it!!! Perfect, amazing, gorgeous, wonderful, best ever!!!',
  'It is good!',
  'It is good!!',
  'It is good!!!!!!',
  'Is it good??',
  'Is it good????',
  'Good?!?',
  '!?!?good !?!?bad',
  'not good',
  'NOT good',
  'never good',
  'never so good',
  'never this bad',
  'It is not so bad',
  "It isn't great",
  "It isnt great, it wasn't bad, and I don't hate it",
  'without doubt the best',
  'Not the worst, but not great either.',
  'The colour is lovely but the fabric is cheap',
  'The colour is lovely BUT the fabric is cheap',
  'I liked it, but, honestly, the fit is terrible',
  'It was kind of nice',
  'It was kind of ugly',
  'It was sort of nice',
  'kinda cute, sorta comfy',
  'It is very nice',
  'It is VERY nice',
  'It is extremely ugly',
  'slightly disappointing',
  'barely acceptable',
  'at least it is nice',
  'least favourite dress',
  'the very least good',
  'this is the shit',
  'the bomb!',
  'yeah right, great quality',
  'it does not cut the mustard',
  'the kiss of death for this brand',
  'living hand to mouth',
  'bad ass jacket',
  'Happy :) sad :( ',
  ':-) :D <3 :/ ;)',
  '(good) \'good\' "good" good. .good ,good good, -good good-',
  'good... bad... ok...',
  'great!!!!bad',
  'GREAT.',
  'GREAT. great. Great.',
  'ok?! fine.',
  'the dress is perfect\nthe shoes are awful\tand the belt is fine',
  'no no no no',
  'nothing special',
  'uh-uh, not happy',
  'I could not be happier',
  'despite the price, I love it',
  'rarely good, seldom bad',
  'a bit meh 😕 but 👍',
  'constructor __proto__ hasOwnProperty toString',
  'Good,bad;ugly:nice',
  '!!! ??? ...',
  'x! y? z.',
];

/** Deterministic shuffle-and-join so the grammar phrases also meet each other in longer texts. */
const combinations = (phrases: readonly string[], count: number): string[] => {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  const joiners = [' ', '. ', '! ', ', but ', ' and ', '!!! ', '? ', '; '];
  return Array.from({ length: count }, () => {
    const size = 2 + (next() % 5);
    return Array.from({ length: size }, (_, index) => {
      const phrase = phrases[next() % phrases.length] as string;
      const styled = next() % 7 === 0 ? phrase.toUpperCase() : phrase;
      return index === 0 ? styled : `${joiners[next() % joiners.length]}${styled}`;
    }).join('');
  });
};

const grammar = [...reviewPhrases().map((phrase) => phrase.text), ...reviewTitles().map((title) => title.text)];
const sentences = [...edgeCases, ...grammar, ...combinations([...grammar, ...edgeCases], 2000)];

describe('fast VADER equals the vader-sentiment package', () => {
  it('has a varied sample', () => {
    expect(sentences.length).toBeGreaterThan(2000);
  });

  it('gives identical compound scores on grammar phrases, titles, edge cases and mixtures', () => {
    const mismatches = sentences.filter((text) => Math.abs(vaderCompound(text) - packageVaderCompound(text)) > 1e-9);
    expect(mismatches).toEqual([]);
  });

  it('gives identical neg / neu / pos too', () => {
    const vader = createRequire(import.meta.url)('vader-sentiment') as typeof import('vader-sentiment');
    for (const text of sentences.slice(0, 500)) {
      expect(fastPolarityScores(text)).toEqual(vader.SentimentIntensityAnalyzer.polarity_scores(text));
    }
  });

  it('agrees on every lexicon word, alone, boosted, negated and punctuated (checks the booster list)', () => {
    const require = createRequire(import.meta.url);
    const lexiconFile = join(dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
    const words = readFileSync(lexiconFile, 'utf8')
      .split('\n')
      .map((line) => line.split('\t')[0] ?? '')
      .filter((word) => word.length > 0);
    expect(words.length).toBeGreaterThan(7000);
    const mismatches = words
      .flatMap((word) => [word, `${word}!`, `very ${word}`, `not ${word.toUpperCase()} really`, `kind of ${word}`])
      .filter((text) => Math.abs(vaderCompound(text) - packageVaderCompound(text)) > 1e-9);
    expect(mismatches).toEqual([]);
  });

  it('logs the speed-up on 10,000 long texts (measured, not asserted)', () => {
    const long = combinations(grammar, 10_000).map((text) => `${text} ${text}`);
    const time = (score: (text: string) => number): number => {
      const started = performance.now();
      for (const text of long) score(text);
      return (performance.now() - started) / 1000;
    };
    const packageSeconds = time(packageVaderCompound);
    const fastSeconds = time(vaderCompound);
    const scorerSeconds = time((text) => scoreSentiment(text));
    console.log(
      `10,000 texts of ~${Math.round(long.reduce((sum, text) => sum + text.split(' ').length, 0) / long.length)} words: ` +
        `package VADER ${packageSeconds.toFixed(2)} s, fast VADER ${fastSeconds.toFixed(2)} s, scoreSentiment ${scorerSeconds.toFixed(2)} s`,
    );
  });
});
