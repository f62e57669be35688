export { parseMarked, renderHighlights, type HighlightRange } from './highlights';
export { translateQuery, type TranslatedQuery } from './query-translator';
export {
  ReviewIndex,
  REVIEW_INDEX_VERSION,
  reviewIndexPath,
  reviewSourceStamp,
  TITLE_WEIGHT,
  type ReviewIndexBuildOptions,
  type ReviewIndexProgress,
  type ReviewSearchHit,
  type ReviewSearchOptions,
  type ReviewSearchResult,
} from './review-index';
