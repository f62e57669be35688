import { describe, expect, it } from 'vitest';
import { expected, summarise, type MatchCase } from './match-table';
import { demoStoreValues } from './test-fixtures';
import { ValueIndex } from './value-index';

const index = ValueIndex.build(demoStoreValues);

const exactAndPlural: MatchCase[] = [
  { question: 'dresses', matches: ['category=Dresses'], kinds: ['exact'], spans: ['dresses'] },
  { question: 'DRESSES last month', matches: ['category=Dresses'], kinds: ['exact'], spans: ['DRESSES'] },
  { question: 'dress revenue', matches: ['category=Dresses'], kinds: ['plural'] },
  { question: 'jeans', matches: ['category=Jeans'], kinds: ['exact'] },
  { question: 'jean sales', matches: ['category=Jeans'], kinds: ['plural'] },
  { question: 'how did skirt do', matches: ['category=Skirts'], kinds: ['plural'] },
  { question: 'womens dresses', matches: ['department=Women', 'category=Dresses'], kinds: ['plural', 'exact'] },
  { question: "women's jeans", matches: ['department=Women', 'category=Jeans'], spans: ["women's", 'jeans'] },
  { question: 'mens jeans', matches: ['department=Men', 'category=Jeans'] },
  { question: 'levis', matches: ["brand=Levi's"], kinds: ['exact'] },
  { question: "LEVI'S", matches: ["brand=Levi's"], kinds: ['exact'] },
  { question: 'cancelled orders by week', matches: ['order_status=Cancelled'] },
  { question: 'revenue from display ads', matches: ['channel=Display'] },
  { question: 'active and plus', matches: ['category=Active', 'category=Plus'] },
];

const punctuation: MatchCase[] = [
  { question: 'tops and tees', matches: ['category=Tops & Tees'], kinds: ['exact'], spans: ['tops and tees'] },
  { question: 'Tops & Tees by week', matches: ['category=Tops & Tees'], spans: ['Tops & Tees'] },
  { question: 'outerwear coats', matches: ['category=Outerwear & Coats'], kinds: ['exact'] },
  { question: 'socks', matches: ['category=Socks'] },
  { question: 'socks and hosiery', matches: ['category=Socks & Hosiery'], spans: ['socks and hosiery'] },
  { question: 'sleep lounge', matches: ['category=Sleep & Lounge'] },
  { question: 'suits + sport coats', matches: ['category=Suits & Sport Coats'] },
  { question: 'pants vs pants & capris', matches: ['category=Pants', 'category=Pants & Capris'] },
];

const typos: MatchCase[] = [
  // 4-7 letters: one edit.
  { question: 'jens', matches: ['category=Jeans'], kinds: ['typo'] },
  { question: 'dreses', matches: ['category=Dresses'], kinds: ['typo'] },
  { question: 'sweatrs', matches: ['category=Sweaters'], kinds: ['typo'] },
  { question: 'carhart', matches: ['brand=Carhartt'], kinds: ['typo'] },
  { question: 'skrtz', matches: [] }, // two edits on five letters
  // 8+ letters: two edits, transpositions count as one.
  { question: 'acesories', matches: ['category=Accessories'], kinds: ['typo'] },
  { question: 'matrenity', matches: ['category=Maternity'], kinds: ['typo'] },
  { question: 'lgegings', matches: ['category=Leggings'], kinds: ['typo'] },
  // 3 letters or fewer: none.
  { question: 'swm', matches: [] },
  { question: 'Calvn Klein', matches: ['brand=Calvin Klein'], kinds: ['typo'], spans: ['Calvn Klein'] },
  // A word that is a value as typed is not "corrected" to another.
  { question: 'Columbia', matches: ['brand=Columbia'], kinds: ['exact'] },
];

const aliases: MatchCase[] = [
  { question: 'sales in the uk', matches: ['country=United Kingdom'], kinds: ['alias'], spans: ['uk'] },
  { question: 'U.K. revenue', matches: ['country=United Kingdom'], spans: ['U.K.'] },
  { question: 'great britain vs france', matches: ['country=United Kingdom', 'country=France'] },
  { question: 'usa', matches: ['country=United States'], kinds: ['alias'] },
  { question: 'orders from america', matches: ['country=United States'] },
  { question: 'brazil', matches: ['country=Brasil'], kinds: ['alias'] },
  { question: 'korea', matches: ['country=South Korea'], kinds: ['alias'] },
];

const pronoun: MatchCase[] = [
  { question: 'show us revenue by brand', matches: [] },
  { question: 'give us the numbers', matches: [] },
  { question: 'revenue in us', matches: ['country=United States'], spans: ['us'] },
  { question: 'US revenue', matches: ['country=United States'] },
  { question: 'revenue from the U.S.', matches: ['country=United States'], spans: ['U.S.'] },
];

const ambiguityAndPartial: MatchCase[] = [
  { question: 'georgia', matches: [], ambiguous: [['country=Georgia', 'region=Georgia']] },
  { question: 'jeans in georgia', matches: ['category=Jeans'], ambiguous: [['country=Georgia', 'region=Georgia']] },
  { question: 'fashion hoodies', matches: ['category=Fashion Hoodies & Sweatshirts'], kinds: ['partial'] },
  { question: 'capris', matches: ['category=Pants & Capris'], kinds: ['partial'] },
  // Brand words recur in product names: the brand is the general reading.
  { question: 'klein', matches: ['brand=Calvin Klein'], kinds: ['partial'] },
  { question: 'jersey', matches: ['region=New Jersey'], kinds: ['partial'] },
  // A whole value beats a partial one that only adds an everyday word to it.
  { question: 'red dresses', matches: ['category=Dresses'], spans: ['dresses'] },
  { question: 'swim', matches: ['category=Swim'], kinds: ['exact'] },
  // Numbers in product names single a product out.
  { question: '501 jeans', matches: ["product=Levi's Men's 501 Original Fit Jean"], kinds: ['partial'] },
  { question: 'levis 505', matches: ["product=Levi's Women's 505 Straight Leg Jean"], kinds: ['partial'] },
  // Several values share the words: a choice.
  {
    question: 'coats',
    matches: [],
    ambiguous: [['category=Outerwear & Coats', 'category=Suits & Sport Coats']],
  },
];

const combined: MatchCase[] = [
  {
    question: 'calvin klein jeans in germany',
    matches: ['brand=Calvin Klein', 'category=Jeans', 'country=Germany'],
    spans: ['calvin klein', 'jeans', 'germany'],
  },
  {
    question: "levi's and carhartt sales in france and spain",
    matches: ["brand=Levi's", 'brand=Carhartt', 'country=France', 'country=Spain'],
  },
  { question: 'allegra k dresses in poland', matches: ['brand=Allegra K', 'category=Dresses', 'country=Poland'] },
];

const ordinaryQuestions: MatchCase[] = [
  'what were sales by category last week',
  'top 10 products by revenue',
  'show it weekly',
  'and by region?',
  'how are we doing',
  'which brand grew most',
  'what is the return rate this month',
  'compare this year with last year',
  'which products lost revenue and why',
  'display revenue by channel',
  'returned items by week',
  'in by top',
].map((question) => ({ question, matches: [] }));

describe('matching demo-store values', () => {
  describe.each([
    ['exact, case and plural', exactAndPlural],
    ['ampersands and punctuation', punctuation],
    ['typos within the budget', typos],
    ['country aliases', aliases],
    ['"us" the pronoun and US the country', pronoun],
    ['ambiguity and partial names', ambiguityAndPartial],
    ['several values in one question', combined],
    ['no false positives on ordinary questions', ordinaryQuestions],
  ])('%s', (_title, rows) => {
    it.each(rows)('$question', (row) => {
      expect(summarise(index.match(row.question), row)).toEqual(expected(row));
    });
  });
});

describe('match options', () => {
  it('restricts to the dimensions asked for', () => {
    expect(index.match('georgia', { dimensions: ['region'] }).matches).toMatchObject([
      { dimension: 'region', value: 'Georgia', kind: 'exact', score: 1 },
    ]);
    expect(index.match("levi's jeans", { dimensions: ['brand'] }).matches.map((m) => m.value)).toEqual(["Levi's"]);
  });

  it('leaves ignored spans alone and never joins words across them', () => {
    const question = 'sweaters last week in france';
    const ignoreSpans = [
      { start: 9, end: 18 },
      { start: 22, end: 28 },
    ];
    expect(index.match(question, { ignoreSpans }).matches.map((m) => m.value)).toEqual(['Sweaters']);
    // "calvin klein" is one brand, but a date parser took the word between: two partial readings, no exact one.
    const split = index.match('calvin may klein', { ignoreSpans: [{ start: 7, end: 10 }] }).matches;
    expect(split.map((m) => [m.span.text, m.value, m.kind])).toEqual([
      ['calvin', 'Calvin Klein', 'partial'],
      ['klein', 'Calvin Klein', 'partial'],
    ]);
  });

  it('reports spans as offsets into the question', () => {
    const question = 'Revenue of Tops & Tees in the U.K.?';
    const { matches } = index.match(question);
    expect(matches.map((m) => [m.span.start, m.span.end, question.slice(m.span.start, m.span.end)])).toEqual([
      [11, 22, 'Tops & Tees'],
      [30, 34, 'U.K.'],
    ]);
  });

  it('takes caller aliases for values that exist and ignores the rest', () => {
    const withAliases = ValueIndex.build(demoStoreValues, {
      aliases: {
        brand: { ck: 'Calvin Klein', 'tommy h': 'Tommy Hilfiger', zara: 'Zara' },
        category: { tees: 'Tops & Tees' },
      },
    });
    expect(withAliases.match('ck and tommy h tees').matches).toMatchObject([
      { dimension: 'brand', value: 'Calvin Klein', kind: 'alias', score: 0.95 },
      { dimension: 'brand', value: 'Tommy Hilfiger', kind: 'alias' },
      { dimension: 'category', value: 'Tops & Tees', kind: 'alias' },
    ]);
    expect(withAliases.match('zara').matches).toEqual([]);
  });

  it('scores exact 1 and the rest lower: alias > typo > partial', () => {
    const score = (question: string): number | undefined => index.match(question).matches[0]?.score;
    expect(score('dresses')).toBe(1);
    expect(score('dress')).toBe(1);
    expect(score('uk')).toBe(0.95);
    expect(score('dreses')).toBeLessThan(0.95);
    expect(score('fashion hoodies')).toBeLessThan(score('dreses')!);
  });
});

describe('suggestions for near misses', () => {
  it.each([
    ['hoody', 'Fashion Hoodies & Sweatshirts'],
    ['calvinklein', 'Calvin Klein'],
    ['calvin kline', 'Calvin Klein'],
    ['matrnty', 'Maternity'],
    ['carhat', 'Carhartt'],
  ])('%s -> %s', (text, value) => {
    expect(index.suggest(text)[0]?.value).toBe(value);
  });

  it('suggests words that are too far off to match', () => {
    expect(index.match('matrnty').matches).toEqual([]);
    expect(index.suggest('matrnty')[0]).toMatchObject({
      dimension: 'category',
      span: { start: 0, end: 7, text: 'matrnty' },
    });
  });

  it('returns at most the limit, and nothing for question words', () => {
    expect(index.suggest('men', 2).length).toBeLessThanOrEqual(2);
    expect(index.suggest('by the')).toEqual([]);
  });
});
