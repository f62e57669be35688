export {
  BigQueryAi,
  type AiEstimate,
  type AiRunOptions,
  type AiRunResult,
  type BigQueryAiOptions,
} from './bigquery-ai';
export { BigQueryAiSettings, NO_CONNECTION_MESSAGE, renderTemplate, type BigQueryAiSettingsInput } from './identifiers';
export {
  aiTasks,
  taskLabels,
  type AiTask,
  type AiTaskInput,
  type AiTaskOutput,
  type EmbeddingsTable,
  type ImageAttributes,
  type ProductReviewSummary,
  type ReviewAspectSentiment,
  type ReviewSearchHit,
  type ReviewSentiment,
} from './tasks';
export { localReviewAspects, localReviewSentiment, type LocalReviewRow } from './local-counterparts';
export { cachedImagePath, fetchImageToCache, imageCacheKey, MAX_IMAGE_BYTES } from './image-cache';
