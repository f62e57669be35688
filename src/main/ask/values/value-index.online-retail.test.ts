import { describe, expect, it } from 'vitest';
import { expected, summarise, type MatchCase } from './match-table';
import { onlineRetailValues } from './test-fixtures';
import { ValueIndex } from './value-index';

const index = ValueIndex.build(onlineRetailValues);

const products: MatchCase[] = [
  { question: 'JUMBO BAG RED RETROSPOT', matches: ['product=JUMBO BAG RED RETROSPOT'], kinds: ['exact'] },
  // The typo'd n-gram that covers every typed word wins over shorter readings inside it.
  {
    question: 'jumbo bag red retrospt',
    matches: ['product=JUMBO BAG RED RETROSPOT'],
    kinds: ['typo'],
    spans: ['jumbo bag red retrospt'],
  },
  {
    question: 'sales of jumbo bag red retrospt last month',
    matches: ['product=JUMBO BAG RED RETROSPOT'],
    spans: ['jumbo bag red retrospt'],
  },
  // Stored with a double space.
  { question: 'jumbo bag baroque black white', matches: ['product=JUMBO  BAG BAROQUE BLACK WHITE'], kinds: ['exact'] },
  {
    question: 'white hanging heart t-light holder',
    matches: ['product=WHITE HANGING HEART T-LIGHT HOLDER'],
    kinds: ['exact'],
  },
  {
    question: 'white hanging heart tlight holder',
    matches: ['product=WHITE HANGING HEART T-LIGHT HOLDER'],
    kinds: ['exact'],
  },
  {
    question: 'white hanging heart t light holders',
    matches: ['product=WHITE HANGING HEART T-LIGHT HOLDER'],
    kinds: ['plural'],
  },
  {
    question: 'whte hanging heart t-light holder',
    matches: ['product=WHITE HANGING HEART T-LIGHT HOLDER'],
    kinds: ['typo'],
  },
  { question: 'regency cakestand 3 tier', matches: ['product=REGENCY CAKESTAND 3 TIER'], kinds: ['exact'] },
  { question: 'party bunting', matches: ['product=PARTY BUNTING'], kinds: ['exact'] },
  { question: 'assorted color bird ornament', matches: ['product=ASSORTED COLOUR BIRD ORNAMENT'], kinds: ['typo'] },
  {
    question: 'pack of 72 retrospot cake cases',
    matches: ['product=PACK OF 72 RETROSPOT CAKE CASES'],
    kinds: ['exact'],
  },
  { question: '12 pencils small tube red retrospot', matches: ['product=12 PENCILS SMALL TUBE RED RETROSPOT'] },
  { question: 'set of 3 black flying ducks', matches: ['product=SET OF 3 BLACK FLYING DUCKS'] },
  { question: 'jumbo bag 50s christmas', matches: ["product=JUMBO BAG 50'S CHRISTMAS "] },
  { question: 'jumbo bag charlie and lola toys', matches: ['product=JUMBO BAG CHARLIE AND LOLA TOYS'] },
];

const partialNames: MatchCase[] = [
  // A distinctive subset of one value: matched, scored lower.
  { question: 'retrospot charlotte bag', matches: ['product=RED RETROSPOT CHARLOTTE BAG'], kinds: ['partial'] },
  { question: 'cakestand', matches: ['product=REGENCY CAKESTAND 3 TIER'], kinds: ['partial'] },
  // All the words, another order.
  { question: 'pink polkadot jumbo bag', matches: ['product=JUMBO BAG PINK POLKADOT'], kinds: ['partial'] },
  // Shared by several values: a choice, shortest names first, never a silent pick.
  {
    question: 'jumbo bag',
    matches: [],
    ambiguous: [['product=JUMBO BAG OWLS', 'product=JUMBO BAG PEARS', 'product=JUMBO BAG APPLES']],
  },
  {
    question: 'retrospot bowl sales',
    matches: [],
    ambiguous: [['product=RED RETROSPOT BOWL', 'product=RED RETROSPOT BIG BOWL', 'product=RED RETROSPOT PUDDING BOWL']],
  },
  {
    question: 'red mugs',
    matches: [],
    ambiguous: [
      ['product=RED STAR MUG', 'product=RED SPOTTY MUG', 'product=RED VINTAGE MUG', 'product=RED POLKADOT MUG'],
    ],
  },
  // A lone short or everyday word is never a partial name.
  { question: 'bag', matches: [] },
  { question: 'red', matches: [] },
];

const countries: MatchCase[] = [
  { question: 'eire', matches: ['country=EIRE'], kinds: ['exact'] },
  { question: 'sales in ireland', matches: ['country=EIRE'], kinds: ['alias'], spans: ['ireland'] },
  { question: 'holland', matches: ['country=Netherlands'], kinds: ['alias'] },
  { question: 'the netherlands', matches: ['country=Netherlands'] },
  { question: 'uk', matches: ['country=United Kingdom'], kinds: ['alias'] },
  { question: 'usa', matches: ['country=USA'], kinds: ['exact'] },
  { question: 'orders from us', matches: ['country=USA'], kinds: ['alias'] },
  { question: 'america', matches: ['country=USA'], kinds: ['alias'] },
  { question: 'show us the best sellers', matches: [] },
  { question: 'south africa', matches: ['country=RSA'], kinds: ['alias'] },
  { question: 'uae', matches: ['country=United Arab Emirates'] },
  { question: 'channel islands', matches: ['country=Channel Islands'], kinds: ['exact'] },
  {
    question: 'PARTY BUNTING sales in holland vs germany',
    matches: ['product=PARTY BUNTING', 'country=Netherlands', 'country=Germany'],
  },
  {
    question: 'JUMBO BAG RED RETROSPOT and LUNCH BAG RED RETROSPOT in EIRE',
    matches: ['product=JUMBO BAG RED RETROSPOT', 'product=LUNCH BAG RED RETROSPOT', 'country=EIRE'],
  },
];

// Online Retail stores stock adjustments as descriptions ("lost", "check", "sold as 1").
const ordinaryQuestions: MatchCase[] = [
  'which products lost revenue',
  'check sales for last week',
  'what sold as 1 unit',
  'what was found in the data',
  'top 10 products by revenue',
  'what were sales by category last week',
].map((question) => ({ question, matches: [] }));

describe('matching Online Retail values', () => {
  describe.each([
    ['product names', products],
    ['partial names', partialNames],
    ['countries as stored in Online Retail', countries],
    ['no false positives from odd stored values', ordinaryQuestions],
  ])('%s', (_title, rows) => {
    it.each(rows)('$question', (row) => {
      expect(summarise(index.match(row.question), row)).toEqual(expected(row));
    });
  });

  it('reports values stored more than one way once, with the other spellings', () => {
    expect(index.match('heart t-light holder').matches).toMatchObject([
      { value: 'HEART T-LIGHT HOLDER ', alsoStoredAs: ['HEART T-LIGHT HOLDER'], kind: 'exact' },
    ]);
    expect(index.match('wrap carousel').matches).toMatchObject([
      { value: 'WRAP, CAROUSEL', alsoStoredAs: ['WRAP CAROUSEL'] },
    ]);
    expect(index.match('party bunting').matches[0]).not.toHaveProperty('alsoStoredAs');
  });

  it('gives no reading for a word shared by more values than could be offered (over 30)', () => {
    const lanterns = ValueIndex.build([
      { dimension: 'product', values: Array.from({ length: 40 }, (_, i) => `LANTERN STYLE ${i + 1}`) },
    ]);
    expect(lanterns.match('lantern sales')).toEqual({ matches: [], ambiguous: [] });
    expect(lanterns.match('lantern style 17').matches.map((m) => m.value)).toEqual(['LANTERN STYLE 17']);
  });

  it('offers at most five choices for a shared name', () => {
    const [choice] = index.match('jumbo bag').ambiguous;
    expect(choice?.span.text).toBe('jumbo bag');
    expect(choice?.candidates).toHaveLength(5);
    expect(choice?.candidates.every((c) => c.kind === 'partial' && c.value.includes('JUMBO'))).toBe(true);
  });

  it('suggests products for near misses', () => {
    expect(index.match('cakestnd').matches).toEqual([]);
    expect(index.suggest('cakestnd')[0]?.value).toBe('REGENCY CAKESTAND 3 TIER');
    expect(index.suggest('jmbo bg red retrspt').map((m) => m.value)).toContain('JUMBO BAG RED RETROSPOT');
    expect(index.suggest('jumbo', 3)).toHaveLength(3);
  });
});
