/** Snapshots as main stores them, for the reports tests. */
export const forecastSnapshot = () => ({
  forecast: {
    sourceId: 'demo',
    measure: 'revenue',
    level: 'total',
    grain: 'week',
    horizon: 2,
    confidence: 95,
    engine: 'local',
    series: [
      {
        key: 'total',
        label: 'Total',
        history: [
          { ds: '2026-11-02', y: 100 },
          { ds: '2026-11-09', y: 80 },
          { ds: '2026-11-16', y: 120 },
        ],
        forecast: [
          { ds: '2026-11-23', point: 110, lower: 90, upper: 130 },
          { ds: '2026-11-30', point: 115, lower: 85, upper: 145 },
        ],
        backtest: null,
        model: 'ETS',
        warnings: [],
      },
    ],
    events: [],
    dataThrough: '2026-11-22',
    asOf: '2026-11-20T08:00:00.000Z',
    bytesProcessed: 1_048_576,
    costUsd: 0.005,
    notes: [],
    elapsedMs: 40,
  },
});

/** An explorer view's spec as main pins it: the grid view and a bar chart of revenue by product. */
export const exploreSpec = () => ({
  view: {
    sourceId: 'demo',
    period: 'last_12_months',
    search: '',
    filters: {
      departments: [],
      categories: ['Jeans'],
      brands: [],
      priceMin: null,
      priceMax: null,
      ratingMin: null,
      sentiment: null,
      complaintsAbout: 'fit',
    },
    sort: 'complaints',
    direction: 'desc',
  },
  chart: { type: 'bar', x: 0, y: [3] },
});

/** An explorer view's table as main keeps it (pin-view.ts): `count` products, of `total` in the view. */
export const exploreSnapshot = (count: number, total = count) => ({
  columns: [
    { name: 'product', type: 'VARCHAR' },
    { name: 'category', type: 'VARCHAR' },
    { name: 'brand', type: 'VARCHAR' },
    { name: 'revenue', type: 'DOUBLE' },
    { name: 'growth_pct', type: 'DOUBLE' },
    { name: 'units', type: 'BIGINT' },
    { name: 'return_rate', type: 'DOUBLE' },
    { name: 'rating', type: 'DOUBLE' },
    { name: 'reviews', type: 'BIGINT' },
    { name: 'fit_complaints_pct', type: 'DOUBLE' },
    { name: 'product_id', type: 'VARCHAR' },
  ],
  rows: Array.from({ length: count }, (_, index) => [
    `Jeans ${index}`,
    'Jeans',
    index % 2 === 0 ? 'Acme' : null,
    Math.round(((count - index) * 1234.5 + (index % 7) * 300) * 100) / 100,
    index % 5 === 0 ? null : (index % 9) / 10 - 0.3,
    100 + index,
    0.12,
    index % 3 === 0 ? null : 3.5,
    40,
    0.3 + (index % 4) / 10,
    String(1000 + index),
  ]),
  rowCount: total,
  truncated: total > count,
  asOf: '2026-11-24T10:00:00.000Z',
  bytesProcessed: null,
  bytesBilled: null,
  keyColumns: ['product', 'product_id'],
});
