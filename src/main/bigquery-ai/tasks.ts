/**
 * The BigQuery AI tasks: what each takes (validated with zod), the template it runs, and the
 * shape of what it returns. The shapes are those of the local analysers, so a caller can switch
 * between local and BigQuery without changing code (see local-counterparts.ts).
 */
import { z } from 'zod';
import type { ReviewAspect } from '../reviews/sentiment/aspects';

const productId = z.string().trim().min(1, 'Choose a product first.').max(64, 'A product id is at most 64 characters.');
const limit = (fallback: number, max: number) =>
  z.number().int('The limit must be a whole number.').min(1).max(max, `At most ${max} at a time.`).default(fallback);

export const TaskInputs = {
  sentiment: z.object({ productId, limit: limit(100, 5000) }).strict(),
  aspects: z.object({ productId, limit: limit(100, 5000) }).strict(),
  summary: z.object({ productId, limit: limit(200, 1000) }).strict(),
  imageAttributes: z.object({ productId, limit: limit(20, 500) }).strict(),
  createEmbeddings: z.object({}).strict(),
  search: z
    .object({
      query: z
        .string()
        .trim()
        .min(2, 'Type a few words to search for.')
        .max(500, 'Keep the search under 500 characters.'),
      limit: limit(10, 100),
    })
    .strict(),
} as const;

export type AiTask = keyof typeof TaskInputs;
export const aiTasks = Object.keys(TaskInputs) as AiTask[];
export type AiTaskInput<T extends AiTask> = z.input<(typeof TaskInputs)[T]>;

/** Sentiment of one review, -1 (negative) .. 1 (positive): the local scorer's range. */
export interface ReviewSentiment {
  reviewId: string;
  sentiment: number;
}

/** One aspect a review talks about (names as in `reviewAspects`), its sentiment -1..1 and the words that say it. */
export interface ReviewAspectSentiment {
  reviewId: string;
  aspect: ReviewAspect;
  sentiment: number;
  phrase: string;
}

export interface ProductReviewSummary {
  productId: string;
  summary: string;
  reviewsRead: number;
}

export interface ImageAttributes {
  productId: string;
  /** The gs:// uri of the image. */
  uri: string;
  view: string | null;
  /** A signed read URL (valid for hours, not days): main downloads it with fetchImageToCache. */
  accessUrl: string | null;
  description: string;
  garment: string | null;
  colour: string | null;
  pattern: string | null;
}

export interface EmbeddingsTable {
  /** project.dataset.table */
  table: string;
  rows: number;
}

export interface ReviewSearchHit {
  reviewId: string;
  productId: string;
  /** Cosine distance, 0 (same meaning) .. 2. */
  distance: number;
  title: string | null;
  text: string;
}

export interface AiTaskOutput {
  sentiment: ReviewSentiment[];
  aspects: ReviewAspectSentiment[];
  summary: ProductReviewSummary;
  imageAttributes: ImageAttributes[];
  createEmbeddings: EmbeddingsTable;
  search: ReviewSearchHit[];
}

/** What people read in the UI for each task. */
export const taskLabels: Readonly<Record<AiTask, string>> = {
  sentiment: 'Review sentiment on BigQuery',
  aspects: 'Review aspects on BigQuery',
  summary: 'What customers say (BigQuery)',
  imageAttributes: 'Image descriptions on BigQuery',
  createEmbeddings: 'Creating review embeddings on BigQuery',
  search: 'Review search on BigQuery',
};

/** The template each task runs (under sql/bigquery/). */
export const taskTemplates: Readonly<Record<AiTask, string>> = {
  sentiment: 'review_sentiment.sql',
  aspects: 'review_aspects.sql',
  summary: 'product_review_summary.sql',
  imageAttributes: 'image_attributes.sql',
  createEmbeddings: 'create_review_embeddings.sql',
  search: 'review_vector_search.sql',
};
