import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnalysisPlan } from '../../shared/contract/analysis-plan';

describe('AnalysisPlan schema', () => {
  it('fills the defaults of a minimal plan', () => {
    expect(AnalysisPlan.parse({ intent: 'metric', measures: ['revenue'] })).toEqual({
      intent: 'metric',
      measures: ['revenue'],
      dimensions: [],
      filters: [],
      timeRange: null,
      comparison: 'none',
      sort: null,
      limit: null,
    });
    expect(
      AnalysisPlan.parse({ intent: 'trend', measures: ['revenue'], dimensions: [{ id: 'date' }] }).dimensions,
    ).toEqual([{ id: 'date', grain: null }]);
  });

  it('rejects unknown fields, empty measures, impossible dates and wrong filter arity', () => {
    const bad = [
      { intent: 'metric', measures: ['revenue'], sql: 'DROP TABLE x' },
      { intent: 'metric', measures: [] },
      { intent: 'metric', measures: ['revenue'], timeRange: { start: '2023-02-29', end: '2023-03-01' } },
      {
        intent: 'metric',
        measures: ['revenue'],
        filters: [{ dimension: 'category', operator: 'equals', values: ['a', 'b'] }],
      },
      { intent: 'metric', measures: ['revenue'], limit: 0 },
      { intent: 'guess', measures: ['revenue'] },
    ];
    for (const plan of bad) expect(AnalysisPlan.safeParse(plan).success, JSON.stringify(plan)).toBe(false);
  });

  it('converts to JSON Schema with a description on every field, for structured output', () => {
    const schema = z.toJSONSchema(AnalysisPlan, { io: 'input' }) as {
      properties: Record<string, { description?: string }>;
    };
    const fields = Object.entries(schema.properties);
    expect(fields.map(([name]) => name).sort()).toEqual(
      ['comparison', 'dimensions', 'filters', 'intent', 'limit', 'measures', 'sort', 'timeRange'].sort(),
    );
    for (const [name, field] of fields) expect(field.description, name).toBeTruthy();
  });
});
