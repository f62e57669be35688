import { describe, expect, it } from 'vitest';
import { narrate } from '../narrative';
import { compilePlan, demoModel } from '../../semantic';
import { checkNarrative, explainNarrative, narrativeFacts, statedNumbers } from './narrative-check';
import { rewriteNarrative } from './narrative-rewrite';
import { startGemini } from './gemini-test-setup';

const facts = (...numbers: number[]) => ({ numbers });

describe('statedNumbers', () => {
  it('reads amounts with their scale, precision, sign and percent', () => {
    expect(statedNumbers('Revenue was $1.2M, down −4.0% on 1,234 orders (0.24 per visit).')).toEqual([
      { text: '$1.2M', mantissa: 1.2, decimals: 1, scale: 1e6, percent: false, negative: false, ordinal: false },
      { text: '−4.0%', mantissa: 4, decimals: 1, scale: 1, percent: true, negative: true, ordinal: false },
      { text: '1,234', mantissa: 1234, decimals: 0, scale: 1, percent: false, negative: false, ordinal: false },
      { text: '0.24', mantissa: 0.24, decimals: 2, scale: 1, percent: false, negative: false, ordinal: false },
    ]);
  });

  it.each([
    ['Sales peaked on 2025-11-28.', []],
    ['Revenue in Q3 2025 beat Q2.', []],
    ['Black Friday (November 28, 2025) led week 47.', []],
    ['From 2024 to 2025 and in FY25, H1 was strongest.', []],
    ['At 10:30 on 28/11/2025 the 2024/25 season ended.', []],
    ['It sold 2025 units.', ['2025']],
    ['Dresses made $2,025 in 2025.', ['$2,025']],
  ])('leaves dates out: %s', (sentence, expected) => {
    expect(statedNumbers(sentence).map((stated) => stated.text)).toEqual(expected);
  });
});

describe('checkNarrative', () => {
  it.each([
    ['"$1.2M" matches 1,234,567 (rounded to one decimal in millions)', 'Revenue reached $1.2M.', [1_234_567], true],
    ['"$1.3M" does not match 1,234,567', 'Revenue reached $1.3M.', [1_234_567], false],
    ['"$1.23M" matches 1,234,567', 'Revenue reached $1.23M.', [1_234_567], true],
    ['"$1.24M" does not match 1,234,567', 'Revenue reached $1.24M.', [1_234_567], false],
    ['"1,234" matches 1,234.4', 'We sold 1,234 units.', [1234.4], true],
    ['"1,235" does not match 1,234.4', 'We sold 1,235 units.', [1234.4], false],
    ['"18.4%" matches the fraction 0.184', 'Returns were 18.4% of items.', [0.184], true],
    ['"18.4%" matches the percent 18.4', 'Dresses were 18.4% of revenue.', [18.4], true],
    ['"18%" matches 0.184 at its precision', 'Dresses were 18% of revenue.', [0.184], true],
    ['"18.5%" does not match 0.184', 'Dresses were 18.5% of revenue.', [0.184], false],
    ['"−4.0%" matches a fall of 0.04', 'Revenue changed −4.0% on last year.', [-0.0401], true],
    ['"−4.0%" does not match a rise of 0.04', 'Revenue changed −4.0% on last year.', [0.04], false],
    ['"fell 4.0%" matches a fall written without a sign', 'Revenue fell 4.0% on last year.', [-0.04], true],
    ['"+12.3%" matches 0.1234', 'Units grew +12.3%.', [0.1234], true],
    ['"3.5 stars" matches 3.46', 'Knits average 3.5 stars.', [3.46], true],
    ['"3.5 stars" does not match 3.44', 'Knits average 3.5 stars.', [3.44], false],
    ['"4.20" matches 4.2', 'The average rating was 4.20.', [4.2], true],
    ['"0.24" matches 0.2449', 'Margin per unit was 0.24.', [0.2449], true],
    ['"$850K" matches 849,600', 'Jeans brought in $850K.', [849_600], true],
    ['"$850K" does not match 840,000', 'Jeans brought in $850K.', [840_000], false],
    ['"2.1 billion" matches 2,149,000,000', 'Views hit 2.1 billion.', [2_149_000_000], true],
    ['"$1.2 million" matches 1,249,999', 'Revenue was $1.2 million.', [1_249_999], true],
    ['dates and years are not checked', 'On 2025-11-28, in Q4 2025, revenue was $1.2M.', [1_200_000], true],
    ['a sentence without numbers is kept', 'Dresses led the way.', [], true],
    ['one wrong number drops the sentence', 'Revenue was $1.2M across 412 orders.', [1_200_000, 411], false],
    ['a range shares its unit: "10–12%"', 'Weekly units ran 10–12% above plan.', [0.1, 0.12], true],
    ['a range: both ends must match', 'Weekly units ran 10–15% above plan.', [0.1, 0.12], false],
  ])('%s', (_, sentence, numbers, kept) => {
    expect(checkNarrative([sentence], facts(...numbers))).toEqual(kept ? [sentence] : []);
  });

  it('allows positions in the table as ordinals when told the row count', () => {
    expect(checkNarrative(['Jeans came 3rd.'], facts(), { rowCount: 10 })).toEqual(['Jeans came 3rd.']);
    expect(checkNarrative(['Jeans came 12th.'], facts(), { rowCount: 10 })).toEqual([]);
  });

  it('says which numbers had no fact', () => {
    expect(explainNarrative(['Revenue was $1.2M, up 9.9%.'], facts(1_200_000, 0.05))).toEqual([
      { sentence: 'Revenue was $1.2M, up 9.9%.', kept: false, unmatched: ['9.9%'] },
    ]);
  });
});

describe('narrativeFacts', () => {
  it('takes every number in the rows, in labels, and in the computed sentences', () => {
    const { numbers } = narrativeFacts({
      rows: [
        ['Levi’s 501 Original', 1234.5, '9007199254740993', '2025-11-01'],
        ['Dresses', null, -0.04, { nested: 7 }],
      ],
      sentences: ['Dresses leads with $1.2M (18.4% of the 10 shown).'],
    });
    expect(numbers).toEqual(
      expect.arrayContaining([501, 1234.5, Number('9007199254740993'), -0.04, 7, 1_200_000, 18.4, 10]),
    );
    expect(numbers).not.toContain(2025);
  });

  it('reads the computed narrative back as its own facts', () => {
    const plan = {
      intent: 'ranking' as const,
      measures: ['revenue'],
      dimensions: [{ id: 'category', grain: null }],
      filters: [],
      timeRange: null,
      comparison: 'none' as const,
      sort: { by: 'revenue', direction: 'desc' as const, basis: 'value' as const },
      limit: 5,
    };
    const compiled = compilePlan(plan, demoModel, 'duckdb');
    const rows = [
      ['Dresses', 1_234_567.89],
      ['Jeans', 849_600.1],
      ['Tops & Tees', 402_000],
      ['Sweaters', 96_500.5],
    ];
    const sentences = narrate({ plan, columns: compiled.columns, rows, currency: 'USD', keyDimensions: new Set() });
    expect(sentences.length).toBeGreaterThan(1);
    // Every number the computed narrative writes is read back as the fact it came from.
    expect(checkNarrative(sentences, narrativeFacts({ rows, sentences }))).toEqual(sentences);
    // Its amounts come from the rows themselves; its shares are facts only it computed.
    expect(explainNarrative(sentences, narrativeFacts({ rows, sentences: [] }))[0]!.unmatched).toEqual(['47.8%']);
  });
});

describe('rewriteNarrative (real SDK against the Vertex fake)', () => {
  const table = {
    columns: [{ name: 'category' }, { name: 'revenue' }],
    rows: [
      ['Dresses', 1_234_567],
      ['Jeans', 849_600],
      ['Tops', 402_000],
    ],
  };
  const computedSentences = ['Dresses leads with $1.2M (49.6% of the 3 shown) over all the data.'];

  it('keeps the rewritten sentences whose numbers match and drops the one with a wrong number', async () => {
    const { gemini, fake, logs } = await startGemini();
    fake.enqueue({
      json: {
        sentences: [
          'Dresses led with $1.2M, almost half (49.6%) of revenue across the three categories.',
          'Jeans followed at $850K.',
          'Tops made $450K.',
        ],
      },
    });
    const narrative = await rewriteNarrative(gemini, {
      question: 'revenue by category',
      computedSentences,
      table,
      currency: 'USD',
      log: (line) => logs.push(line),
    });
    expect(narrative).toEqual([
      'Dresses led with $1.2M, almost half (49.6%) of revenue across the three categories.',
      'Jeans followed at $850K.',
    ]);
    expect(logs).toContain("Gemini's narrative: 1 of 3 sentences dropped for numbers no fact supports");
    const [request] = fake.requests;
    expect(request!.prompt).toContain(computedSentences[0]);
    expect(request!.prompt).toContain('"Dresses" | 1234567');
    expect(request!.generationConfig['responseJsonSchema']).toMatchObject({
      properties: { sentences: { type: 'array' } },
    });
  });

  it('falls back to the computed sentences when nothing survives or Gemini fails', async () => {
    const { gemini, fake } = await startGemini();
    fake.enqueue({ json: { sentences: ['Revenue was $9.9M.'] } });
    fake.enqueue({ error: 429 });
    const input = { question: 'revenue by category', computedSentences, table, currency: 'USD' };
    expect(await rewriteNarrative(gemini, input)).toEqual(computedSentences);
    expect(await rewriteNarrative(gemini, input)).toEqual(computedSentences);
  });

  it('tells the model the source’s currency and drops sentences with another sign', async () => {
    const { gemini, fake } = await startGemini();
    const pounds = ['Dresses leads with £1.2M (49.6% of the 3 shown) over all the data.'];
    fake.enqueue({ json: { sentences: ['Dresses led with £1.2M.', 'Dresses made $1.2M.'] } });
    const narrative = await rewriteNarrative(gemini, {
      question: 'revenue by category',
      computedSentences: pounds,
      table,
      currency: 'GBP',
    });
    expect(narrative).toEqual(['Dresses led with £1.2M.']);
    expect(fake.requests[0]!.prompt).toContain('Money is in GBP: write it as the facts do (£1,234).');

    // Not known: plain numbers only.
    const plain = ['Dresses leads with 1.2M (49.6% of the 3 shown) over all the data.'];
    fake.enqueue({ json: { sentences: ['Dresses made $1.2M.', 'Dresses led with 1.2M.'] } });
    expect(
      await rewriteNarrative(gemini, {
        question: 'revenue by category',
        computedSentences: plain,
        table,
        currency: null,
      }),
    ).toEqual(['Dresses led with 1.2M.']);
    expect(fake.requests[1]!.prompt).toContain('write amounts as plain numbers, with no currency sign');
  });

  it('streams a free-text summary through the same check', async () => {
    const { gemini, fake } = await startGemini();
    fake.enqueue({ chunks: ['Dresses led with $1.2M. ', 'Jeans made $0.9M. ', 'Tops made $402K.'] });
    let text = '';
    for await (const piece of gemini.streamText({ prompt: 'Summarise' })) text += piece;
    const sentences = text.split(/(?<=\.)\s+/).filter(Boolean);
    // 849,600 is $0.8M to one decimal: "$0.9M" is not how it rounds.
    expect(checkNarrative(sentences, narrativeFacts({ rows: table.rows, sentences: [] }))).toEqual([
      'Dresses led with $1.2M.',
      'Tops made $402K.',
    ]);
  });
});
