export { reviewAspects, type ReviewAspect } from './aspects';
export {
  aspectSentiments,
  defaultWeights,
  scoreSentiment,
  sentenceScore,
  type AspectSentiment,
  type SentimentWeights,
} from './score-sentiment';
export { vaderCompound } from './vader';
