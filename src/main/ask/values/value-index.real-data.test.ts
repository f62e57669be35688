import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expected, summarise, type MatchCase } from './match-table';
import type { DimensionValues } from './types';
import { ValueIndex } from './value-index';

/** UCI Online Retail, read from the shared data folder next to the repository (never copied into it). */
const FILE = resolve(import.meta.dirname, '../../../../../shared/data/online-retail/online-retail.csv.gz');
const present = existsSync(FILE);
if (!present)
  console.log(`Skipping the Online Retail value-matching test: ${FILE} is not there (see ../shared/data/README.md).`);

/** Fields of one CSV line, honouring double quotes (descriptions contain commas). */
const fields = (line: string): string[] => {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += char;
  }
  out.push(field);
  return out;
};

/** Distinct descriptions and countries, most frequent first (as a warehouse query would list them). */
const readValues = (): DimensionValues[] => {
  const products = new Map<string, number>();
  const countries = new Map<string, number>();
  const lines = gunzipSync(readFileSync(FILE)).toString('utf8').split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const row = fields(line);
    const description = row[2] ?? '';
    const country = row[7] ?? '';
    if (description !== '') products.set(description, (products.get(description) ?? 0) + 1);
    if (country !== '') countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  const byCount = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  return [
    { dimension: 'product', values: byCount(products) },
    { dimension: 'country', values: byCount(countries) },
  ];
};

const cases: MatchCase[] = [
  {
    question: 'jumbo bag red retrospt',
    matches: ['product=JUMBO BAG RED RETROSPOT'],
    kinds: ['typo'],
    spans: ['jumbo bag red retrospt'],
  },
  { question: 'retrospot charlotte bag', matches: ['product=RED RETROSPOT CHARLOTTE BAG'], kinds: ['partial'] },
  { question: 'jumbo bag baroque black white', matches: ['product=JUMBO  BAG BAROQUE BLACK WHITE'], kinds: ['exact'] },
  { question: 'white hanging heart t-light holder', matches: ['product=WHITE HANGING HEART T-LIGHT HOLDER'] },
  { question: 'regency cakestand 3 tier in eire', matches: ['product=REGENCY CAKESTAND 3 TIER', 'country=EIRE'] },
  { question: 'sales in ireland', matches: ['country=EIRE'], kinds: ['alias'] },
  { question: 'holland and the uk', matches: ['country=Netherlands', 'country=United Kingdom'] },
  { question: 'revenue in us', matches: ['country=USA'] },
  { question: 'uae', matches: ['country=United Arab Emirates'] },
  { question: 'south africa', matches: ['country=RSA'] },
  // Shared by too many products to list ("RED RETROSPOT" names dozens): no reading.
  { question: 'red retrospot', matches: [] },
  ...[
    'what were sales by category last week',
    'top 10 products by revenue',
    'show it weekly',
    'and by region?',
    'how are we doing',
    'which brand grew most',
    'which products lost revenue',
    'check sales for last week',
    'what sold best in december',
  ].map((question) => ({ question, matches: [] })),
];

describe.skipIf(!present)('matching the real Online Retail descriptions', () => {
  const values = present ? readValues() : [];
  const started = performance.now();
  const index = ValueIndex.build(values);
  const buildMs = performance.now() - started;

  it('indexes every distinct description and country (timing logged)', () => {
    const question = 'how did jumbo bag red retrospt and party bunting sell in the uk last week';
    const runs = Array.from({ length: 100 }, () => {
      const start = performance.now();
      index.match(question);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    console.log(
      `Online Retail: ${values[0]?.values.length ?? 0} descriptions, ${values[1]?.values.length ?? 0} countries ` +
        `(${index.size} distinct after folding): build ${buildMs.toFixed(1)} ms; ` +
        `match of a ${question.split(' ').length}-word question: median ${(runs[50] ?? 0).toFixed(2)} ms`,
    );
    expect(index.size).toBeGreaterThan(4000);
  });

  it.each(cases)('$question', (row) => {
    expect(summarise(index.match(row.question), row)).toEqual(expected(row));
  });

  it('lists the JUMBO BAG family as a choice rather than picking one', () => {
    const [choice] = index.match('jumbo bag').ambiguous;
    expect(choice?.candidates.map((c) => c.value)).toHaveLength(5);
    expect(choice?.candidates.every((c) => c.value.includes('JUMBO'))).toBe(true);
  });
});
