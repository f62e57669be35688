import { countries, distributionCenters, firstNames, lastNames, trafficSources } from './catalog-customers';
import { brands, categories, colours, patterns, styleWords } from './catalog';
import { reviewPhrases, reviewTitles } from './review-grammar';
import { valuesTable } from './sql-literals';

/** Women's lines make up more of the assortment, as at most fashion retailers. */
const WOMEN_ASSORTMENT_BIAS = 1.4;

/** The catalogue as temporary tables the generator's SQL joins against. */
export const catalogTableStatements = (): string[] => {
  const phrases = reviewPhrases();
  const phraseIndex = new Map<string, number>();
  const titles = reviewTitles();
  const titleIndex = new Map<number, number>();
  return [
    valuesTable(
      'cat_categories',
      [
        'cat_idx',
        'category',
        'department',
        'silhouette',
        'weight',
        'product_weight',
        'price_low',
        'price_high',
        'season',
        'return_rate',
        'nouns',
      ],
      categories.map((c, index) => [
        index + 1,
        c.category,
        c.department,
        c.silhouette,
        c.weight,
        c.weight * (c.department === 'Women' ? WOMEN_ASSORTMENT_BIAS : 1),
        c.priceLow,
        c.priceHigh,
        c.season,
        c.returnRate,
        c.nouns,
      ]),
    ),
    valuesTable(
      'cat_brands',
      ['brand_idx', 'brand', 'tier'],
      brands.map((b, index) => [index + 1, b.brand, b.tier]),
    ),
    valuesTable(
      'cat_styles',
      ['style_idx', 'word'],
      styleWords.map((word, index) => [index + 1, word]),
    ),
    valuesTable(
      'cat_colours',
      ['colour_idx', 'name', 'hex'],
      colours.map((c, index) => [index + 1, c.name, c.hex]),
    ),
    valuesTable(
      'cat_patterns',
      ['pattern_idx', 'name'],
      patterns.map((name, index) => [index + 1, name]),
    ),
    valuesTable(
      'cat_countries',
      ['country_idx', 'country', 'share_start', 'share_end'],
      countries.map((c, index) => [index + 1, c.country, c.shareStart, c.shareEnd]),
    ),
    valuesTable(
      'cat_states',
      ['country', 'state_idx', 'state', 'city', 'latitude', 'longitude', 'weight'],
      countries.flatMap((c) =>
        c.states.map((s, index) => [c.country, index + 1, s.state, s.city, s.latitude, s.longitude, s.weight]),
      ),
    ),
    valuesTable(
      'cat_distribution_centers',
      ['id', 'name', 'latitude', 'longitude'],
      distributionCenters.map((d) => [d.id, d.name, d.latitude, d.longitude]),
    ),
    valuesTable(
      'cat_first_names',
      ['idx', 'name'],
      firstNames.map((name, index) => [index + 1, name]),
    ),
    valuesTable(
      'cat_last_names',
      ['idx', 'name'],
      lastNames.map((name, index) => [index + 1, name]),
    ),
    valuesTable(
      'cat_traffic',
      ['idx', 'source', 'weight'],
      trafficSources.map((t, index) => [index + 1, t.source, t.weight]),
    ),
    valuesTable(
      'cat_phrases',
      ['aspect', 'polarity', 'idx', 'text'],
      phrases.map((p) => {
        const key = `${p.aspect}/${p.polarity}`;
        const idx = (phraseIndex.get(key) ?? 0) + 1;
        phraseIndex.set(key, idx);
        return [p.aspect, p.polarity, idx, p.text];
      }),
    ),
    valuesTable(
      'cat_titles',
      ['rating', 'idx', 'text'],
      titles.map((t) => {
        const idx = (titleIndex.get(t.rating) ?? 0) + 1;
        titleIndex.set(t.rating, idx);
        return [t.rating, idx, t.text];
      }),
    ),
  ];
};
