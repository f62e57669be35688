/**
 * Facts planted in the demo store whose truth is known. The generator (sql/demo) makes them
 * happen; tests and the insight stages check that Aisle finds them. Product ids depend on the
 * seed, so the generator resolves each rule to ids and writes the result into the data folder
 * as `demo-manifest.json` (and the table `aisle_meta.planted_facts`).
 */
export const DEMO_PERIOD = { start: '2023-11-01', end: '2026-10-31' } as const;

export const plantedFactRules = {
  qualityCollapse: {
    kind: 'quality_collapse',
    rule: "the most popular women's product in Outerwear & Coats sold all period, renamed as a zip-up jacket",
    category: 'Outerwear & Coats',
    department: 'Women',
    from: '2026-03-01',
    expect:
      'average rating falls from about 3.8 to below 2; most new reviews complain of a broken zipper or ripped seams; the return rate rises about fourfold',
  },
  decliningCategory: {
    kind: 'declining_category',
    category: 'Skirts',
    expect: 'revenue in the last 12 months is about 30% below the 12 months before, in both departments that sell it',
  },
  promotion: {
    kind: 'promotion',
    rule: "the most popular women's dress sold all period",
    category: 'Dresses',
    department: 'Women',
    from: '2025-06-09',
    to: '2025-06-15',
    discount: 0.25,
    expect: 'units that week are about three times the weeks around it, at 25% off',
  },
  stockOut: {
    kind: 'stock_out',
    rule: "the most popular women's jeans sold all period",
    category: 'Jeans',
    department: 'Women',
    from: '2025-08-04',
    to: '2025-08-24',
    expect: 'no sales at all for three weeks, demand moves to a similar product',
  },
  growingRegion: {
    kind: 'growing_region',
    country: 'Australia',
    expect: 'revenue grows far faster than the store as a whole, more than 50% year over year',
  },
  seasonalPeaks: {
    kind: 'seasonal_peaks',
    expect: "Black Friday is the year's biggest day; Cyber Monday second; December runs high until the 20th",
  },
} as const;
