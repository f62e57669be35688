import type { ProductCard, ProductView } from '../../shared/contract/explore';
import type { PinnedChart, PinnedReport } from '../../shared/contract/reports';
import type { ExploreReportSpec } from '../../shared/reports/explore-report-spec';
import type { z } from 'zod';
import type { Cache } from '../cache';
import type { JsonValue } from '../cache/json-column';

/** Products an explorer-view report keeps of its view, in the grid's order: a long list, not the catalogue. */
export const VIEW_ROWS = 500;

/** The chart an explorer view is pinned with: revenue (column 3) by product (column 0), in the view's order. */
export const VIEW_CHART: Readonly<z.infer<typeof PinnedChart>> = { type: 'bar', x: 0, y: [3] };

/** Columns the view's comparison matches rows on: the product (its name for people, its id to be sure). */
const KEY_COLUMNS = ['product', 'product_id'];

const rounded = (value: number | null, digits: number): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** An aspect as part of a column name: "fit" → "fit", an emerging "zip pull" → "zip_pull". */
const columnWord = (aspect: string): string =>
  aspect
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '') || 'aspect';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The view's products as a table in the shape a SQL report keeps (columns, rows, rowCount,
 * truncated, asOf, bytes), so the report's chart, table, comparison and export read it as any
 * other. Column names follow the semantic layer's (`_pct` and `return_rate` read as percentages).
 * With a complaint filter the complaint column is that aspect's share (what the tiles show),
 * else each product's top complaint and its share.
 */
export const viewSnapshot = (view: ProductView, rows: readonly ProductCard[], asOf: string): JsonValue => {
  const aspect = view.filters.complaintsAbout;
  const shareOf = (card: ProductCard, of: string | undefined): number | null =>
    rounded(card.complaints.find((complaint) => complaint.aspect === of)?.share ?? null, 4);
  const complaintColumns =
    aspect === null
      ? [
          { name: 'top_complaint', type: 'VARCHAR' },
          { name: 'top_complaint_pct', type: 'DOUBLE' },
        ]
      : [{ name: `${columnWord(aspect)}_complaints_pct`, type: 'DOUBLE' }];
  const kept = rows.slice(0, VIEW_ROWS);
  return {
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
      ...complaintColumns,
      { name: 'product_id', type: 'VARCHAR' },
    ],
    rows: kept.map((card) => [
      card.name,
      card.category,
      card.brand,
      rounded(card.revenue, 2),
      rounded(card.growth, 4),
      card.units,
      rounded(card.returnRate, 4),
      rounded(card.rating, 2),
      card.reviews,
      ...(aspect === null
        ? [
            card.topComplaint === null ? null : capitalised(card.topComplaint.aspect),
            shareOf(card, card.topComplaint?.aspect),
          ]
        : [shareOf(card, aspect)]),
      card.id,
    ]),
    rowCount: rows.length,
    truncated: rows.length > VIEW_ROWS,
    asOf,
    // The catalogue is read once for the whole grid; a view's share of its cost is not known.
    bytesProcessed: null,
    bytesBilled: null,
    keyColumns: KEY_COLUMNS,
  };
};

/** Stores a view as a report of kind `explore`: the view and chart as its spec, the snapshot as version 1. */
export const pinView = (
  cache: Cache,
  input: { title: string; view: ProductView; snapshot: JsonValue },
): z.infer<typeof PinnedReport> => {
  const spec = { view: input.view, chart: { ...VIEW_CHART, y: [...VIEW_CHART.y] } } satisfies ExploreReportSpec;
  const report = cache.reports.create({
    title: input.title,
    kind: 'explore',
    sourceId: input.view.sourceId,
    spec,
    tags: ['explore'],
  });
  const version = cache.reports.addVersion(report.id, { snapshot: input.snapshot });
  return { id: report.id, title: report.title, version: version.version };
};
