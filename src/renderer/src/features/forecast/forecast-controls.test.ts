import { describe, expect, it } from 'vitest';
import { ForecastRequest } from '../../../../shared/contract/forecast';
import {
  buildRequest,
  clampHorizon,
  defaultControls,
  defaultHorizon,
  defaultTitle,
  enginesFor,
  horizonPhrase,
  type ForecastControls,
} from './forecast-controls';

describe('clampHorizon', () => {
  it('keeps a valid horizon as it is', () => {
    expect(clampHorizon(8, 'week')).toEqual({ horizon: 8, note: null });
    expect(clampHorizon(365, 'day')).toEqual({ horizon: 365, note: null });
  });

  it('caps a horizon at the grain’s maximum and says why', () => {
    const { horizon, note } = clampHorizon(200, 'week');
    expect(horizon).toBe(104);
    expect(note).toContain('at most 104 weeks');
    expect(clampHorizon(30, 'month').horizon).toBe(24);
  });

  it('raises nothing or less than one to one period', () => {
    expect(clampHorizon(0, 'day')).toEqual({ horizon: 1, note: 'A forecast looks at least 1 day ahead.' });
    expect(clampHorizon(Number.NaN, 'month').horizon).toBe(1);
    expect(clampHorizon(-3, 'week').horizon).toBe(1);
  });

  it('rounds a fraction to whole periods', () => {
    expect(clampHorizon(6.4, 'month')).toEqual({ horizon: 6, note: 'Rounded to 6 months.' });
  });
});

describe('defaults', () => {
  it('looks four weeks of days, eight weeks or six months ahead', () => {
    expect(defaultHorizon).toEqual({ day: 28, week: 8, month: 6 });
    expect(defaultControls.horizon).toBe(defaultHorizon[defaultControls.grain]);
    expect(defaultControls.confidence).toBe(95);
    expect(defaultControls.top).toBe(12);
  });

  it('offers BigQuery engines on BigQuery sources only', () => {
    expect(enginesFor(false)).toEqual(['local']);
    expect(enginesFor(true)).toEqual(['local', 'bigquery_timesfm', 'bigquery_arima']);
  });
});

describe('buildRequest', () => {
  const controls: ForecastControls = {
    ...defaultControls,
    level: 'category',
    members: [
      { key: 'Dresses', label: 'Dresses' },
      { key: 'Tops', label: 'Tops' },
    ],
  };

  it('makes a request the contract accepts', () => {
    const request = buildRequest(controls, 'demo', 'forecast-1');
    expect(request).toEqual({
      sourceId: 'demo',
      measure: 'revenue',
      level: 'category',
      members: ['Dresses', 'Tops'],
      top: 12,
      grain: 'week',
      horizon: 8,
      confidence: 95,
      engine: 'local',
      jobId: 'forecast-1',
    });
    expect(ForecastRequest.safeParse(request).success).toBe(true);
  });

  it('drops members at total level and clamps what the contract would refuse', () => {
    const request = buildRequest({ ...controls, level: 'total', horizon: 500, top: 40 }, 'demo');
    expect(request.members).toEqual([]);
    expect(request.horizon).toBe(104);
    expect(request.top).toBe(24);
    expect(request).not.toHaveProperty('jobId');
    expect(ForecastRequest.safeParse(request).success).toBe(true);
  });

  it('sends at most 24 members', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({ key: `m${index}`, label: `M${index}` }));
    expect(buildRequest({ ...controls, members: many }, 'demo').members).toHaveLength(24);
  });
});

describe('defaultTitle', () => {
  it('names the measure, level and horizon', () => {
    expect(defaultTitle({ ...defaultControls, level: 'category' })).toBe('Revenue by category, next 8 weeks');
    expect(defaultTitle({ ...defaultControls })).toBe('Revenue, next 8 weeks');
    expect(defaultTitle({ ...defaultControls, measure: 'units', grain: 'month', horizon: 1 })).toBe(
      'Units, next month',
    );
  });

  it('names one chosen or focused member', () => {
    const dresses = { key: 'Dresses', label: 'Dresses' };
    expect(defaultTitle({ ...defaultControls, level: 'category', members: [dresses] })).toBe(
      'Revenue of Dresses, next 8 weeks',
    );
    expect(defaultTitle({ ...defaultControls, level: 'category' }, dresses)).toBe('Revenue of Dresses, next 8 weeks');
    expect(defaultTitle({ ...defaultControls, level: 'region', members: [dresses, { key: 'b', label: 'b' }] })).toBe(
      'Revenue of 2 regions, next 8 weeks',
    );
  });

  it('phrases the horizon', () => {
    expect(horizonPhrase('day', 28)).toBe('next 28 days');
    expect(horizonPhrase('week', 1)).toBe('next week');
  });
});
