import { describe, expect, it } from 'vitest';
import { demoModel, thelookModel } from './builtin-models';
import { checkModel } from './check-model';
import { findDimension, findMeasure, requireMeasure } from './lookup';
import { modelCatalog } from './model-catalog';
import type { SemanticModel } from './model';

describe('built-in models', () => {
  it('are sound', () => {
    expect(checkModel(demoModel)).toEqual([]);
    expect(checkModel(thelookModel)).toEqual([]);
  });

  it('offer review measures only where there are reviews', () => {
    expect(findMeasure(demoModel, 'average_rating')).toBeDefined();
    expect(findMeasure(thelookModel, 'average_rating')).toBeUndefined();
    expect(thelookModel.tables.map((table) => table.path.join('.'))).toContain(
      'bigquery-public-data.thelook_ecommerce.order_items',
    );
  });
});

describe('findMeasure and findDimension', () => {
  it.each([
    ['sales', 'revenue'],
    ['Turnover', 'revenue'],
    ['takings', 'revenue'],
    ['GMV', 'revenue'],
    ['quantity', 'units'],
    ['items sold', 'units'],
    ['volume', 'units'],
    ['AOV', 'average_order_value'],
    ['Average order value', 'average_order_value'],
    ['average-order_value', 'average_order_value'],
    ['margin', 'gross_margin'],
    ['margin%', 'gross_margin_pct'],
    ['Gross Margin %', 'gross_margin_pct'],
    ['returns', 'returned_units'],
    ['return rate', 'return_rate'],
    ['stars', 'average_rating'],
    ['reviews', 'review_count'],
  ])('reads the measure "%s" as %s', (name, id) => {
    expect(findMeasure(demoModel, name)?.id).toBe(id);
  });

  it.each([
    ['state', 'region'],
    ['Province', 'region'],
    ['traffic source', 'channel'],
    ['acquisition channel', 'channel'],
    ['item', 'product'],
    ['SKU', 'product'],
    ['style', 'product'],
    ['age band', 'customer_segment'],
    ['segment', 'customer_segment'],
    ['dept', 'department'],
    ['month', 'date'],
    ['status', 'order_status'],
    ['DC', 'distribution_center'],
  ])('reads the dimension "%s" as %s', (name, id) => {
    expect(findDimension(demoModel, name)?.id).toBe(id);
  });

  it('finds nothing for an unknown name, and says what there is instead', () => {
    expect(findMeasure(demoModel, 'footfall')).toBeUndefined();
    expect(findDimension(demoModel, 'revenue')).toBeUndefined();
    expect(() => requireMeasure(demoModel, 'footfall')).toThrow(
      'The measure "footfall" is not known for this source. Try: revenue, units, orders, average_order_value, customers, gross_margin, gross_margin_pct, returned_units, return_rate, average_rating, review_count.',
    );
  });
});

describe('checkModel', () => {
  it('finds a synonym that names two concepts and a ratio over a missing measure', () => {
    const [revenue, units] = demoModel.measures;
    const broken: SemanticModel = {
      ...demoModel,
      measures: [
        revenue!,
        { ...units!, synonyms: ['sales'] },
        { ...revenue!, id: 'aov', kind: 'ratio', numerator: 'revenue', denominator: 'orders', synonyms: [] },
      ],
    };
    expect(checkModel(broken)).toEqual(
      expect.arrayContaining([
        '"sales" names both "revenue" and "units"',
        'ratio "aov" needs aggregate measure "orders"',
      ]),
    );
  });
});

describe('modelCatalog', () => {
  it('lists what a person can ask for, without building blocks', () => {
    const catalog = modelCatalog(demoModel);
    expect(catalog.measures.map((measure) => measure.id)).not.toContain('non_cancelled_units');
    expect(catalog.measures.find((measure) => measure.id === 'revenue')?.synonyms).toContain('turnover');
    expect(catalog.dimensions.find((dimension) => dimension.id === 'date')?.grains).toEqual([
      'day',
      'week',
      'month',
      'quarter',
      'year',
    ]);
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});
