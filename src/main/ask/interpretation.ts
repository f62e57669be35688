import type { AnalysisPlan } from '../../shared/contract/analysis-plan';

/** One choice offered back when a question is unclear: picking it answers with this plan. */
export interface ClarifyOption {
  label: string;
  plan: AnalysisPlan;
}

/** What the offline interpreter (or Gemini) made of a question. */
export type Interpretation =
  | {
      kind: 'plan';
      plan: AnalysisPlan;
      /** Things the person should know about the reading: defaults taken, dates anchored, words ignored. */
      notes: string[];
    }
  | { kind: 'clarify'; message: string; options: ClarifyOption[] }
  | { kind: 'refuse'; message: string };
