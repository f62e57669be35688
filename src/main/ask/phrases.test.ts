import { describe, expect, it } from 'vitest';
import { demoModel } from '../semantic';
import { findRanking } from './ranking-phrases';
import { asksToModify } from './refusal';
import { Vocabulary } from './vocabulary';

describe('asksToModify', () => {
  it.each([
    'delete all orders',
    'Drop the products table',
    'please remove every customer',
    'update prices of dresses to 10',
    'can you truncate the reviews',
    'insert a new order',
  ])('refuses "%s"', (question) => expect(asksToModify(question)).toBe(true));

  it.each([
    'which products were removed from the range last year',
    'revenue by category',
    'how many orders were updated',
    'what drove the drop in skirts',
    'show deleted orders',
  ])('reads "%s"', (question) => expect(asksToModify(question)).toBe(false));
});

describe('findRanking', () => {
  it.each([
    ['top 10 products by revenue', { direction: 'desc', limit: 10, single: false }],
    ['bottom five brands', { direction: 'asc', limit: 5, single: false }],
    ['best sellers last month', { direction: 'desc', limit: null, single: false }],
    ['which category sold the most', { direction: 'desc', limit: null, single: true }],
    ['worst 3 countries by units', { direction: 'asc', limit: 3, single: false }],
    ['which brand grew the most', { direction: 'desc', limit: null, single: true, byChange: true }],
    ['which categories fell the most', { direction: 'asc', limit: null, single: false, byChange: true }],
  ] as const)('reads "%s"', (question, expected) => {
    expect(findRanking(question)).toMatchObject(expected);
  });

  it('finds no ranking in ordinary questions', () => {
    expect(findRanking('revenue by category last week')).toBeNull();
    expect(findRanking('most of our revenue comes from where')).toBeNull();
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(demoModel);
  const ids = (question: string) => vocabulary.scan(question).map((hit) => `${hit.kind}:${hit.id}`);

  it('reads measures and dimensions by their names and synonyms, longest first', () => {
    expect(ids('average order value by country')).toEqual(['measure:average_order_value', 'dimension:country']);
    expect(ids('units sold per brand')).toEqual(['measure:units', 'dimension:brand']);
    expect(ids('Sales by Category')).toEqual(['measure:revenue', 'dimension:category']);
    expect(ids('return rate by department')).toEqual(['measure:return_rate', 'dimension:department']);
    expect(ids('number of orders and customers')).toEqual(['measure:orders', 'measure:customers']);
  });

  it('ignores grain words and spans it is told to skip', () => {
    expect(ids('revenue by week')).toEqual(['measure:revenue']);
    const question = 'revenue for Jeans by brand';
    const jeans = question.indexOf('Jeans');
    expect(vocabulary.scan(question, [{ start: jeans, end: jeans + 5, text: 'Jeans' }]).map((hit) => hit.id)).toEqual([
      'revenue',
      'brand',
    ]);
  });
});
