import { describe, expect, it } from 'vitest';
import { onlineRetailProducts } from './test-fixtures';
import type { DimensionValues } from './types';
import { ValueIndex } from './value-index';

// Timing is logged, never asserted (docs/benchmarks.md): a loaded CI machine must not fail a test.

const colours = 'RED PINK BLUE IVORY GREEN WHITE BLACK CREAM GOLD SILVER ORANGE PURPLE YELLOW GREY'.split(' ');
const motifs =
  'RETROSPOT POLKADOT PAISLEY SPOTTY FLORAL VINTAGE HEART STAR BIRD OWL SKULL DOILY ROSE GINGHAM STRIPE LEAF CHRISTMAS REGENCY'.split(
    ' ',
  );
const objects = [
  'MUG',
  'CUSHION COVER',
  'PURSE',
  'UMBRELLA',
  'TEA TOWEL',
  'GIFT WRAP',
  'NOTEBOOK',
  'LUNCH BOX',
  'PHOTO FRAME',
  'CAKE TIN',
  'APRON',
  'WASHBAG',
  'DOORSTOP',
  'CANDLE',
  'T-LIGHT HOLDER',
  'BUNTING',
  'STORAGE JAR',
  'HOT WATER BOTTLE',
  'PLATE',
  'BOWL',
  'JUG',
  'TISSUES',
  'LUGGAGE TAG',
  'OVEN GLOVE',
];

/** About 4,000 gift-shop product names plus the hand-written ones, ~2,000 brands, categories and 40 countries. */
const largeCatalogue = (): DimensionValues[] => {
  const products = [...onlineRetailProducts];
  colours.forEach((colour, i) =>
    motifs.forEach((motif, j) =>
      objects.forEach((object, k) => {
        if ((i * 7 + j * 3 + k) % 3 !== 0) products.push(`${colour} ${motif} ${object}`);
      }),
    ),
  );
  const syllables = 'ka lo mi ra ven tor sel bri an dor fe lix mar to zen'.split(' ');
  const brands: string[] = [];
  for (const a of syllables)
    for (const b of syllables)
      for (const c of syllables.slice(0, 9)) brands.push(`${a}${b}${c}`.replace(/^./, (s) => s.toUpperCase()));
  const countries = Array.from(
    { length: 40 },
    (_, i) =>
      ['United Kingdom', 'EIRE', 'France', 'Germany', 'USA'][i] ?? `Country ${String.fromCharCode(65 + (i % 26))}${i}`,
  );
  const categories = Array.from(
    { length: 30 },
    (_, i) => ['Jeans', 'Dresses', 'Tops & Tees', 'Outerwear & Coats'][i] ?? `Category ${i}`,
  );
  return [
    { dimension: 'product', values: products },
    { dimension: 'brand', values: brands },
    { dimension: 'category', values: categories },
    { dimension: 'country', values: countries },
  ];
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile95 = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

describe('value index timing (logged, not asserted)', () => {
  it('builds over ~6,000 values and matches 15-word questions', () => {
    const catalogue = largeCatalogue();
    const valueCount = catalogue.reduce((sum, dimension) => sum + dimension.values.length, 0);

    let started = performance.now();
    const index = ValueIndex.build(catalogue);
    const coldBuild = performance.now() - started;
    const warmBuilds = Array.from({ length: 5 }, () => {
      started = performance.now();
      ValueIndex.build(catalogue);
      return performance.now() - started;
    });

    const questions = [
      // spelled right: one map lookup per word
      'jumbo bag red retrospot sales in the uk and france with last year by week',
      // three typos: the length-bucket lookups run
      'jumbo bag red retrospt sales in the uk and frnace with last yaer by week',
      // many unknown words: the slow path
      'how did blu regncy cakestnad and ivroy doyly tea towells sell across germny and eire',
    ];
    const timings = questions.map((question) => {
      for (let i = 0; i < 20; i++) index.match(question);
      const runs = Array.from({ length: 200 }, () => {
        started = performance.now();
        index.match(question);
        return performance.now() - started;
      });
      return { question, median: median(runs), p95: percentile95(runs) };
    });

    console.log(
      [
        `Value index over ${valueCount.toLocaleString('en-US')} values (${index.size.toLocaleString('en-US')} distinct):`,
        `  build: ${coldBuild.toFixed(1)} ms cold, ${median(warmBuilds).toFixed(1)} ms warm (median of 5)`,
        ...timings.map(
          (t) =>
            `  match (${t.question.split(' ').length} words): median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms — "${t.question}"`,
        ),
      ].join('\n'),
    );

    expect(index.match(questions[1]!).matches.map((m) => m.value)).toEqual([
      'JUMBO BAG RED RETROSPOT',
      'United Kingdom',
      'France',
    ]);
  });
});
