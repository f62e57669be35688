/**
 * BigQuery AI answers (rows as the warehouse returns them) into the local analysers' shapes,
 * checked with zod: a changed template or an odd model answer fails loudly here, not in the UI.
 */
import { z } from 'zod';
import { reviewAspects, type ReviewAspect } from '../reviews/sentiment/aspects';
import type { ColumnInfo, Row } from '../warehouse/warehouse';
import type {
  EmbeddingsTable,
  ImageAttributes,
  ProductReviewSummary,
  ReviewAspectSentiment,
  ReviewSearchHit,
  ReviewSentiment,
} from './tasks';

/** Rows as objects keyed by column name. */
export const rowObjects = (columns: ColumnInfo[], rows: Row[]): Record<string, unknown>[] =>
  rows.map((row) => Object.fromEntries(columns.map((column, index) => [column.name, row[index] ?? null])));

const clamp = (value: number): number => Math.max(-1, Math.min(1, value));
const text = z.string();
const optionalText = z.string().nullable().optional();
const integer = z.coerce.number().int().min(0);

const SentimentRow = z.object({ review_id: text, score: z.number().nullable() });

/**
 * AI.GENERATE_DOUBLE answers on the 1..5 scale the prompt asks for; (score - 3) / 2 maps it onto
 * -1..1 (1 -> -1, 3 -> 0, 5 -> 1), clamped in case the model strays. Reviews the model could not
 * score (a NULL result, its status says why) are left out, as the local scorer leaves out no text.
 */
export const parseSentiment = (rows: Record<string, unknown>[]): ReviewSentiment[] =>
  rows.flatMap((raw) => {
    const row = SentimentRow.parse(raw);
    return row.score === null ? [] : [{ reviewId: row.review_id, sentiment: clamp((row.score - 3) / 2) }];
  });

const AspectsRow = z.object({
  review_id: text,
  aspects: z
    .array(z.object({ aspect: optionalText, sentiment: z.number().nullable().optional(), phrase: optionalText }))
    .nullable(),
});

const ASPECT_ALIASES: Readonly<Record<string, ReviewAspect>> = { color: 'colour', sizing: 'size', material: 'fabric' };
const knownAspect = (name: string): ReviewAspect | null => {
  const lower = name.trim().toLowerCase();
  const alias = ASPECT_ALIASES[lower];
  if (alias) return alias;
  return (reviewAspects as readonly string[]).includes(lower) ? (lower as ReviewAspect) : null;
};

/** Aspects outside the local list are dropped, so both sources speak of the same eight. */
export const parseAspects = (rows: Record<string, unknown>[]): ReviewAspectSentiment[] =>
  rows.flatMap((raw) => {
    const row = AspectsRow.parse(raw);
    return (row.aspects ?? []).flatMap((item) => {
      const aspect = knownAspect(item.aspect ?? '');
      if (!aspect || item.sentiment === null || item.sentiment === undefined) return [];
      return [{ reviewId: row.review_id, aspect, sentiment: clamp(item.sentiment), phrase: item.phrase ?? '' }];
    });
  });

const SummaryRow = z.object({ product_id: text, reviews_read: integer, summary: optionalText });

export const parseSummary = (rows: Record<string, unknown>[], productId: string): ProductReviewSummary => {
  const row = rows[0] === undefined ? null : SummaryRow.parse(rows[0]);
  return { productId, summary: row?.summary?.trim() ?? '', reviewsRead: row?.reviews_read ?? 0 };
};

const blankToNull = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : value.trim();

const ImageRow = z.object({
  product_id: text,
  uri: text,
  view: optionalText,
  access_url: optionalText,
  attributes: z
    .object({ description: optionalText, garment: optionalText, colour: optionalText, pattern: optionalText })
    .nullable(),
});

export const parseImageAttributes = (rows: Record<string, unknown>[]): ImageAttributes[] =>
  rows.map((raw) => {
    const row = ImageRow.parse(raw);
    return {
      productId: row.product_id,
      uri: row.uri,
      view: row.view ?? null,
      accessUrl: blankToNull(row.access_url),
      description: row.attributes?.description?.trim() ?? '',
      garment: blankToNull(row.attributes?.garment),
      colour: blankToNull(row.attributes?.colour),
      pattern: blankToNull(row.attributes?.pattern),
    };
  });

const SearchRow = z.object({
  review_id: text,
  product_id: text,
  title: optionalText,
  text,
  distance: z.number(),
});

export const parseSearch = (rows: Record<string, unknown>[]): ReviewSearchHit[] =>
  rows.map((raw) => {
    const row = SearchRow.parse(raw);
    return {
      reviewId: row.review_id,
      productId: row.product_id,
      distance: row.distance,
      title: row.title ?? null,
      text: row.text,
    };
  });

const CountRow = z.object({ row_count: integer });

export const parseEmbeddingsTable = (rows: Record<string, unknown>[], table: string): EmbeddingsTable => ({
  table,
  rows: rows[0] === undefined ? 0 : CountRow.parse(rows[0]).row_count,
});
