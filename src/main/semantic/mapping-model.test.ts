import { describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { compilePlan } from './compile-plan';
import { modelFromMapping } from './mapping-model';

describe('modelFromMapping', () => {
  it('offers only the measures and dimensions the mapped columns support', () => {
    const model = modelFromMapping({
      id: 'upload',
      label: 'Upload',
      table: ['sales'],
      columns: { date: 'day', quantity: 'qty', unit_price: 'price', store: 'shop' },
    });
    expect(model.measures.map((measure) => measure.id)).toEqual(['revenue', 'units']);
    expect(model.dimensions.map((dimension) => dimension.id)).toEqual(['date', 'store']);
  });

  it('derives orders and average order value from an order id', () => {
    const model = modelFromMapping({
      id: 'upload',
      label: 'Upload',
      table: ['sales'],
      columns: { order_id: 'ticket', line_revenue: 'amount', product_id: 'code', product_name: 'name' },
    });
    expect(model.measures.map((measure) => measure.id)).toEqual(['revenue', 'orders', 'average_order_value']);
    expect(model.dimensions.find((dimension) => dimension.id === 'product')).toMatchObject({ key: 'product_id' });
  });

  it('names the measures that exist when asked for one that does not', () => {
    const model = modelFromMapping({
      id: 'u',
      label: 'Upload',
      table: ['t'],
      columns: { quantity: 'q', order_id: 'o' },
    });
    expect(() => compilePlan({ intent: 'metric', measures: ['margin'] }, model, 'duckdb')).toThrow(
      'The measure "margin" is not known for this source. Try: units, orders.',
    );
  });

  it('refuses a mapping with nothing to measure', () => {
    const make = () => modelFromMapping({ id: 'u', label: 'Upload', table: ['t'], columns: { unit_price: 'price' } });
    expect(make).toThrow(AisleError);
    expect(make).toThrow(/nothing to measure/);
  });

  it('compares date columns with DATE literals', () => {
    const model = modelFromMapping({
      id: 'u',
      label: 'Upload',
      table: ['t'],
      columns: { quantity: 'q', date: 'sold_on' },
      dateType: 'date',
    });
    const { sql } = compilePlan(
      { intent: 'metric', measures: ['units'], timeRange: { start: '2024-01-01', end: '2024-02-01' } },
      model,
      'bigquery',
    );
    expect(sql).toContain("s.`sold_on` >= DATE '2024-01-01'");
  });
});
