import { describe, expect, it } from 'vitest';
import type { AnalysisPlan } from '../../../shared/contract/analysis-plan';
import { demoModel } from '../../semantic';
import { resolvePlan } from '../../semantic/resolve-plan';
import { interpret } from '../interpret';
import { REFUSAL } from '../refusal';
import { ValueIndex } from '../values/value-index';
import { Vocabulary } from '../vocabulary';
import { interpretWithGemini, planSummary, type GeminiInterpretContext } from './gemini-interpreter';
import { startGemini } from './gemini-test-setup';

const ANCHOR = '2025-11-30';
const categories = ['Dresses', 'Jeans', 'Tops & Tees', 'Sweaters', 'Outerwear & Coats'];

const context = async (extra: Partial<GeminiInterpretContext> = {}) => {
  const harness = await startGemini();
  const ctx: GeminiInterpretContext = {
    gemini: harness.gemini,
    model: demoModel,
    dialect: 'duckdb',
    samples: { category: categories.slice(0, 3), country: ['United States', 'Germany', 'Brasil'] },
    knownValues: { category: categories },
    anchor: ANCHOR,
    previous: null,
    history: [],
    ...extra,
  };
  return { ...harness, ctx };
};

const plan = (overrides: Partial<AnalysisPlan> = {}): AnalysisPlan => ({
  intent: 'ranking',
  measures: ['revenue'],
  dimensions: [{ id: 'category', grain: null }],
  filters: [],
  timeRange: { start: '2025-10-01', end: '2025-11-01' },
  comparison: 'none',
  sort: { by: 'revenue', direction: 'desc', basis: 'value' },
  limit: 10,
  ...overrides,
});

const compiles = (candidate: AnalysisPlan): boolean => {
  resolvePlan(candidate, demoModel);
  return true;
};

describe('interpretWithGemini', () => {
  it('sends the reading schema, grounds the prompt, and returns the checked plan with canonical ids', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({
      json: {
        kind: 'plan',
        plan: plan({
          measures: ['sales'],
          dimensions: [{ id: 'product category', grain: null }],
          sort: { by: 'sales', direction: 'desc', basis: 'value' },
        }),
        notes: ['Last month is October 2025, the month before the data ends.'],
      },
    });
    const reading = await interpretWithGemini('Top 10 categories by sales last month', ctx);
    expect(reading).toEqual({
      kind: 'plan',
      plan: plan(),
      notes: ['Last month is October 2025, the month before the data ends.'],
    });

    const [request] = fake.requests;
    const schema = request!.generationConfig['responseJsonSchema'] as {
      anyOf: { properties: Record<string, { enum?: string[]; properties?: Record<string, unknown> }> }[];
    };
    expect(schema.anyOf.map((branch) => branch.properties['kind']?.enum)).toEqual([
      ['plan'],
      ['clarify'],
      ['refuse'],
      ['sql'],
    ]);
    const planBranch = schema.anyOf[0]!.properties['plan']!;
    expect(Object.keys(planBranch.properties ?? {})).toEqual([
      'intent',
      'measures',
      'dimensions',
      'filters',
      'timeRange',
      'comparison',
      'sort',
      'limit',
    ]);
    expect(JSON.stringify(schema)).toContain('Measure ids (or synonyms) from the semantic model');
    // Id fields are narrowed to this model's ids, in the plan and in every clarify option's plan.
    const measureIds = demoModel.measures.filter((measure) => !measure.hidden).map((measure) => measure.id);
    expect(planBranch.properties!['measures']).toMatchObject({ items: { type: 'string', enum: measureIds } });
    const optionPlan = (
      schema.anyOf[1]!.properties['options'] as unknown as {
        items: { properties: { plan: { properties: Record<string, unknown> } } };
      }
    ).items.properties.plan;
    expect(optionPlan.properties['dimensions']).toMatchObject({
      items: { properties: { id: { enum: demoModel.dimensions.map((dimension) => dimension.id) } } },
    });

    // Grounded: measure and dimension ids with synonyms, sample values, tables, the anchor, the question.
    for (const grounding of [
      '- revenue: Revenue [currency]',
      'average_order_value',
      'Also called: sales, turnover',
      '- category: Category',
      '"Dresses", "Jeans", "Tops & Tees"',
      '"order_items"',
      ANCHOR,
      'Top 10 categories by sales last month',
    ]) {
      expect(request!.prompt).toContain(grounding);
    }
    expect(request!.system).toContain('Aisle only reads data');
    expect(request!.system).toContain(`count back from ${ANCHOR}`);
    expect(request!.generationConfig['temperature']).toBe(0);
  });

  it('shows the previous plan and the conversation for a follow-up', async () => {
    const previous = plan();
    const { ctx, fake } = await context({
      previous,
      history: [{ question: 'Top 10 categories last month', planSummary: planSummary(previous, demoModel) }],
    });
    fake.enqueue({
      json: {
        kind: 'plan',
        plan: plan({ filters: [{ dimension: 'country', operator: 'in', values: ['Germany'] }] }),
        notes: [],
      },
    });
    const reading = await interpretWithGemini('and in Germany?', ctx);
    expect(reading.kind).toBe('plan');
    const prompt = fake.requests[0]!.prompt;
    expect(prompt).toContain(JSON.stringify(previous));
    expect(prompt).toContain('Q: Top 10 categories last month');
    expect(prompt).toContain('Read as: ranking · Revenue · by Category');
  });

  it('turns a plan with an unknown measure into a clarify whose options all compile', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({ json: { kind: 'plan', plan: plan({ measures: ['net_promoter_score'], sort: null }), notes: [] } });
    const reading = await interpretWithGemini('NPS by category', ctx);
    expect(reading.kind).toBe('clarify');
    if (reading.kind !== 'clarify') return;
    expect(reading.message).toContain('The measure "net_promoter_score" is not known for this source');
    expect(reading.options.map((option) => option.label)).toEqual(['Revenue', 'Units', 'Orders']);
    expect(reading.options.every((option) => compiles(option.plan))).toBe(true);
  });

  it('offers compiling fixes for a comparison without a time range', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({
      json: {
        kind: 'plan',
        plan: plan({ intent: 'compare', timeRange: null, comparison: 'previous_period', sort: null, limit: null }),
        notes: [],
      },
    });
    const reading = await interpretWithGemini('revenue by category vs before', ctx);
    expect(reading.kind).toBe('clarify');
    if (reading.kind !== 'clarify') return;
    expect(reading.message).toContain('A comparison needs a time range');
    expect(reading.options.map((option) => option.label)).toEqual(['Without the comparison', 'Over all the data']);
    expect(reading.options.every((option) => compiles(option.plan))).toBe(true);
  });

  it('turns output that breaks the plan schema into a clarify, not a crash', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({
      json: { kind: 'plan', plan: plan({ timeRange: { start: '2025-11-01', end: '2025-10-01' } }), notes: [] },
    });
    fake.enqueue({ json: { kind: 'plan', plan: { ...plan(), measures: 'revenue' }, notes: [] } });
    for (let round = 0; round < 2; round += 1) {
      const reading = await interpretWithGemini('revenue by category', ctx);
      expect(reading).toMatchObject({ kind: 'clarify', options: [] });
    }
  });

  it('holds filter values to the stored ones: fixes the spelling, asks about an unknown value', async () => {
    const { ctx, fake } = await context();
    const filtered = (value: string) => plan({ filters: [{ dimension: 'category', operator: 'in', values: [value] }] });
    fake.enqueue({ json: { kind: 'plan', plan: filtered('dresses'), notes: [] } });
    fake.enqueue({ json: { kind: 'plan', plan: filtered('Dreses'), notes: [] } });
    const fixed = await interpretWithGemini('dresses revenue', ctx);
    expect(fixed).toMatchObject({
      kind: 'plan',
      plan: filtered('Dresses'),
      notes: ['Read "dresses" as "Dresses", as the data spells it.'],
    });
    const unknown = await interpretWithGemini('dreses revenue', ctx);
    expect(unknown.kind).toBe('clarify');
    if (unknown.kind !== 'clarify') return;
    expect(unknown.message).toContain('I could not find "Dreses" among the category values');
    expect(unknown.options.map((option) => option.label)).toEqual([
      'Dresses (category)',
      'Without the category filter',
    ]);
  });

  it('keeps only the clarify options that compile', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({
      json: {
        kind: 'clarify',
        message: 'Did you mean revenue or units?',
        options: [
          { label: 'Revenue', plan: plan() },
          { label: 'Footfall', plan: plan({ measures: ['footfall'], sort: null }) },
          { label: 'Units', plan: plan({ measures: ['qty'], sort: { by: 'qty', direction: 'desc', basis: 'value' } }) },
        ],
      },
    });
    const reading = await interpretWithGemini('how much did we sell', ctx);
    expect(reading).toMatchObject({ kind: 'clarify', message: 'Did you mean revenue or units?' });
    if (reading.kind !== 'clarify') return;
    expect(reading.options.map((option) => option.label)).toEqual(['Revenue', 'Units']);
    expect(reading.options[1]!.plan.measures).toEqual(['units']);
  });

  it('refuses "delete all orders" before calling the model, in the offline interpreter’s words', async () => {
    const { ctx, fake } = await context();
    for (const question of ['delete all orders', 'Please drop the products table', 'update prices for all jeans']) {
      expect(await interpretWithGemini(question, ctx)).toEqual({ kind: 'refuse', message: REFUSAL });
    }
    expect(fake.requests).toHaveLength(0);
    // The offline interpreter gives the same answer to the same question.
    const offline = interpret('delete all orders', {
      model: demoModel,
      vocabulary: new Vocabulary(demoModel),
      values: ValueIndex.build([]),
      anchor: ANCHOR,
      previous: null,
    });
    expect(offline).toEqual({ kind: 'refuse', message: REFUSAL });
  });

  it('passes on the model’s own refusal', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({ json: { kind: 'refuse', message: 'I can only answer questions about your sales data.' } });
    expect(await interpretWithGemini('what is the weather in Paris?', ctx)).toEqual({
      kind: 'refuse',
      message: 'I can only answer questions about your sales data.',
    });
  });

  it('returns a generated SELECT only after the read-only check, and refuses anything else', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({ json: { kind: 'sql', sql: 'DELETE FROM order_items', explanation: 'Clears the table.' } });
    fake.enqueue({ json: { kind: 'sql', sql: 'SELECT 1; DROP TABLE orders', explanation: 'Two things.' } });
    fake.enqueue({
      json: {
        kind: 'sql',
        sql: 'SELECT status, count(*) AS items FROM order_items GROUP BY status ORDER BY items DESC LIMIT 100;',
        explanation: 'Order items per status.',
      },
    });
    for (const question of ['how many items per status, counted by hand', 'status counts please']) {
      const reading = await interpretWithGemini(question, ctx);
      expect(reading.kind).toBe('refuse');
      if (reading.kind === 'refuse')
        expect(reading.message).toContain('was not a single read-only SELECT, so it was not run');
    }
    expect(await interpretWithGemini('items per status', ctx)).toEqual({
      kind: 'sql',
      sql: 'SELECT status, count(*) AS items FROM order_items GROUP BY status ORDER BY items DESC LIMIT 100',
      explanation: 'Order items per status.',
    });
  });

  it('lets Gemini’s errors through with their actionable message', async () => {
    const { ctx, fake } = await context();
    fake.enqueue({ error: 403 });
    await expect(interpretWithGemini('revenue by month', ctx)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
