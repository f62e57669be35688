import type { MeasureFormat } from './model';

/**
 * Names, descriptions and synonyms of the retail concepts, shared by every model so "sales"
 * means revenue whichever source is active. Models add the SQL.
 */

interface MeasureConcept {
  label: string;
  description: string;
  format: MeasureFormat;
  synonyms: readonly string[];
}

interface DimensionConcept {
  label: string;
  description: string;
  synonyms: readonly string[];
}

export const measureConcepts = {
  revenue: {
    label: 'Revenue',
    description: 'Sales value of items sold, excluding cancelled and returned items.',
    format: 'currency',
    synonyms: ['sales', 'turnover', 'takings', 'gmv', 'sales value', 'revenues', 'income'],
  },
  units: {
    label: 'Units',
    description: 'Number of items sold, excluding cancelled and returned items.',
    format: 'count',
    synonyms: ['quantity', 'items sold', 'volume', 'units sold', 'unit sales', 'qty', 'pieces'],
  },
  orders: {
    label: 'Orders',
    description: 'Number of distinct orders with at least one item sold.',
    format: 'count',
    synonyms: ['order count', 'number of orders', 'transactions', 'baskets', 'checkouts'],
  },
  average_order_value: {
    label: 'Average order value',
    description: 'Revenue divided by orders.',
    format: 'currency',
    synonyms: ['aov', 'average basket', 'average basket value', 'basket value', 'average transaction value', 'atv'],
  },
  customers: {
    label: 'Customers',
    description: 'Number of distinct customers who bought at least one item.',
    format: 'count',
    synonyms: ['shoppers', 'buyers', 'unique customers', 'customer count', 'number of customers'],
  },
  gross_margin: {
    label: 'Gross margin',
    description: 'Sale price minus product cost over items sold, where the cost is known.',
    format: 'currency',
    synonyms: ['margin', 'gross profit', 'profit', 'gm'],
  },
  gross_margin_pct: {
    label: 'Gross margin %',
    description: 'Gross margin as a share of the revenue of the same items.',
    format: 'percent',
    synonyms: ['margin %', 'margin percent', 'margin rate', 'gross margin percent', 'gross margin rate', 'gm %'],
  },
  revenue_with_cost: {
    label: 'Revenue with known cost',
    description: 'Revenue of the items whose cost is known: the base of gross margin %.',
    format: 'currency',
    synonyms: [],
  },
  returned_units: {
    label: 'Returned units',
    description: 'Number of items returned.',
    format: 'count',
    synonyms: ['returns', 'returned items', 'items returned', 'return count'],
  },
  non_cancelled_units: {
    label: 'Units not cancelled',
    description: 'Number of items ordered and not cancelled: the base of the return rate.',
    format: 'count',
    synonyms: [],
  },
  return_rate: {
    label: 'Return rate',
    description: 'Returned items as a share of items that were not cancelled.',
    format: 'percent',
    synonyms: ['returns rate', 'rate of return', 'return %', 'returns %', 'share returned'],
  },
  average_rating: {
    label: 'Average rating',
    description: 'Mean star rating of reviews (1 to 5).',
    format: 'rating',
    synonyms: ['rating', 'ratings', 'stars', 'star rating', 'review score', 'avg rating', 'customer rating'],
  },
  review_count: {
    label: 'Reviews',
    description: 'Number of reviews written.',
    format: 'count',
    synonyms: ['reviews', 'number of reviews', 'review volume', 'review count'],
  },
} as const satisfies Record<string, MeasureConcept>;

export type MeasureId = keyof typeof measureConcepts;

export const dimensionConcepts = {
  date: {
    label: 'Date',
    description: 'When it happened, by day, week (Monday to Sunday), month, quarter or year.',
    synonyms: ['time', 'period', 'day', 'week', 'month', 'quarter', 'year', 'order date', 'when'],
  },
  department: {
    label: 'Department',
    description: 'Top level of the product hierarchy (e.g. Women, Men).',
    synonyms: ['dept', 'division'],
  },
  category: {
    label: 'Category',
    description: 'Product category (e.g. Jeans, Dresses).',
    synonyms: ['product category', 'product type', 'class', 'categories'],
  },
  brand: {
    label: 'Brand',
    description: 'Product brand.',
    synonyms: ['brands', 'label', 'maker', 'manufacturer', 'designer'],
  },
  product: {
    label: 'Product',
    description: 'Product name (grouped with the product id, so products sharing a name stay apart).',
    synonyms: ['item', 'sku', 'style', 'article', 'product name', 'products', 'items'],
  },
  product_id: {
    label: 'Product id',
    description: 'Product identifier.',
    synonyms: ['product number', 'item id', 'item number', 'product code'],
  },
  country: {
    label: 'Country',
    description: "Customer's country.",
    synonyms: ['nation', 'market', 'countries'],
  },
  region: {
    label: 'Region',
    description: "Customer's state, province or region.",
    synonyms: ['state', 'province', 'county', 'area', 'regions'],
  },
  store: {
    label: 'Store',
    description: 'Store or location the sale was made in.',
    synonyms: ['shop', 'branch', 'outlet', 'location', 'stores'],
  },
  channel: {
    label: 'Channel',
    description: 'How the customer came to the shop (e.g. Search, Email).',
    synonyms: ['traffic source', 'acquisition channel', 'marketing channel', 'source', 'channels'],
  },
  customer_segment: {
    label: 'Customer segment',
    description: 'Customer age band: under 25, 25-34, 35-44, 45-54, 55+.',
    synonyms: ['segment', 'age band', 'age group', 'age bracket', 'customer age', 'segments'],
  },
  gender: {
    label: 'Gender',
    description: "Customer's gender (M or F).",
    synonyms: ['sex', 'customer gender'],
  },
  order_status: {
    label: 'Order status',
    description: 'Status of the ordered item: Complete, Shipped, Processing, Cancelled or Returned.',
    synonyms: ['status', 'item status', 'fulfilment status', 'fulfillment status'],
  },
  distribution_center: {
    label: 'Distribution centre',
    description: 'Distribution centre that stocks the product.',
    synonyms: ['distribution center', 'dc', 'fulfilment centre', 'fulfillment center', 'depot'],
  },
} as const satisfies Record<string, DimensionConcept>;

export type DimensionId = keyof typeof dimensionConcepts;

/** Building blocks of ratio measures, not offered on their own. */
export const hiddenMeasures: ReadonlySet<MeasureId> = new Set<MeasureId>(['revenue_with_cost', 'non_cancelled_units']);
