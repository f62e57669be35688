export { checkPlan, type PlanCheck, type PlanCheckContext } from './check-plan';
export {
  createGemini,
  DEFAULT_GEMINI_LOCATION,
  DEFAULT_GEMINI_MODEL,
  type Gemini,
  type GeminiJsonRequest,
  type GeminiOptions,
  type GeminiRequest,
} from './gemini-client';
export { toGeminiError, type GeminiTarget } from './gemini-errors';
export { interpretWithGemini, planSummary, type GeminiInterpretContext } from './gemini-interpreter';
export { GeminiReply, type GeminiReading } from './gemini-reading';
export { toGeminiSchema } from './gemini-schema';
export { readingSchemaFor } from './reading-schema';
export {
  checkNarrative,
  explainNarrative,
  narrativeFacts,
  statedNumbers,
  type NarrativeCheckOptions,
  type NarrativeFacts,
  type SentenceVerdict,
  type StatedNumber,
} from './narrative-check';
export { rewriteNarrative, type NarrativeInput } from './narrative-rewrite';
export { checkReadOnlySql, dryRunCheck, guardGeneratedSql } from './sql-guard';
