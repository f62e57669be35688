import { describe, expect, it } from 'vitest';
import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import { demoModel } from '../semantic';
import { interpret, type InterpretContext } from './interpret';
import { ValueIndex } from './values/value-index';
import { Vocabulary } from './vocabulary';

const context = (previous: AnalysisPlan | null = null): InterpretContext => ({
  model: demoModel,
  vocabulary: new Vocabulary(demoModel),
  values: ValueIndex.build([
    { dimension: 'department', values: ['Women', 'Men'] },
    { dimension: 'category', values: ['Jeans', 'Dresses', 'Skirts', 'Tops & Tees', 'Outerwear & Coats', 'Sweaters'] },
    { dimension: 'brand', values: ['Vantage', 'Calla & Co', 'Alder', 'Marlowe'] },
    { dimension: 'country', values: ['United States', 'United Kingdom', 'France', 'Germany', 'Australia'] },
  ]),
  anchor: '2026-10-31',
  previous,
});

const planOf = (question: string, previous: AnalysisPlan | null = null): AnalysisPlan => {
  const result = interpret(question, context(previous));
  if (result.kind !== 'plan') throw new Error(`"${question}" gave ${result.kind}: ${JSON.stringify(result)}`);
  return result.plan;
};

describe('interpret', () => {
  it('reads a breakdown with a period', () => {
    expect(planOf('revenue by category last month')).toMatchObject({
      intent: 'breakdown',
      measures: ['revenue'],
      dimensions: [{ id: 'category', grain: null }],
      timeRange: { start: '2026-09-01', end: '2026-10-01' },
    });
  });

  it('reads a ranking with N, a measure and a filter from the data', () => {
    expect(planOf('top 5 products by units in the uk this year')).toMatchObject({
      intent: 'ranking',
      measures: ['units'],
      dimensions: [{ id: 'product' }],
      filters: [{ dimension: 'country', operator: 'in', values: ['United Kingdom'] }],
      timeRange: { start: '2026-01-01', end: '2026-11-01' },
      sort: { by: 'units', direction: 'desc' },
      limit: 5,
    });
  });

  it('reads a trend by its grain and a comparison with last year', () => {
    expect(planOf('weekly revenue for dresses')).toMatchObject({
      intent: 'trend',
      dimensions: [{ id: 'date', grain: 'week' }],
      filters: [{ dimension: 'category', values: ['Dresses'] }],
    });
    expect(planOf('revenue by country vs last year')).toMatchObject({
      intent: 'compare',
      comparison: 'same_period_last_year',
      dimensions: [{ id: 'country' }],
    });
  });

  it('compares two values side by side, and leaves out excluded ones', () => {
    expect(planOf('jeans vs skirts last quarter')).toMatchObject({
      dimensions: [{ id: 'category' }],
      filters: [{ dimension: 'category', operator: 'in', values: ['Jeans', 'Skirts'] }],
      comparison: 'none',
    });
    expect(planOf('revenue by category excluding jeans').filters).toEqual([
      { dimension: 'category', operator: 'not_in', values: ['Jeans'] },
    ]);
  });

  it('ranks by change for "grew the most"', () => {
    expect(planOf('which brand grew the most this year')).toMatchObject({
      comparison: 'same_period_last_year',
      sort: { basis: 'change_pct', direction: 'desc' },
      limit: 1,
    });
  });

  it('hands forecasts and reviews to their stages, and explains a fall', () => {
    expect(planOf('forecast dresses for the next 8 weeks').intent).toBe('forecast');
    expect(planOf('what do customers say about jeans').intent).toBe('reviews');
    expect(planOf('why did skirts fall this year')).toMatchObject({
      intent: 'drivers',
      comparison: 'same_period_last_year',
      filters: [{ dimension: 'category', values: ['Skirts'] }],
    });
  });

  it('keeps context for follow-ups', () => {
    const first = planOf('revenue by category last month');
    expect(planOf('and by country?', first).dimensions).toEqual([{ id: 'country', grain: null }]);
    expect(planOf('only dresses', first)).toMatchObject({
      dimensions: [{ id: 'category' }],
      filters: [{ dimension: 'category', values: ['Dresses'] }],
      timeRange: first.timeRange,
    });
    expect(planOf('what about last year?', first).timeRange).toEqual({ start: '2025-01-01', end: '2026-01-01' });
    expect(planOf('show it weekly', first)).toMatchObject({
      intent: 'trend',
      dimensions: [{ id: 'category' }, { id: 'date', grain: 'week' }],
    });
  });

  it('asks instead of guessing, and refuses to change data', () => {
    const unclear = interpret('how much did we sell?', context());
    expect(unclear).toMatchObject({ kind: 'clarify', message: 'Did you mean revenue or units?' });
    const unknown = interpret('revenue for Zara', context());
    expect(unknown).toMatchObject({ kind: 'clarify' });
    expect(interpret('delete all orders', context()).kind).toBe('refuse');
    expect(interpret('drop the products table', context()).kind).toBe('refuse');
  });

  it('says when relative dates count back from the data', () => {
    const result = interpret('revenue last week', context());
    expect(result.kind === 'plan' && result.notes.some((note) => note.includes('2026-10-31'))).toBe(true);
  });
});
