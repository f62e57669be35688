import type { TimeGrain } from '../../shared/contract/analysis-plan';
import { timeGrains } from '../../shared/contract/analysis-plan';
import type { MeasureFormat, SemanticModel } from './model';

/**
 * What a model offers, as plain data: for the plan chips in the renderer, the offline
 * interpreter's vocabulary and the grounding given to Gemini. Hidden building blocks are left out.
 */
export interface ModelCatalog {
  id: string;
  label: string;
  measures: Array<{ id: string; label: string; description: string; format: MeasureFormat; synonyms: string[] }>;
  dimensions: Array<{
    id: string;
    label: string;
    description: string;
    kind: 'time' | 'categorical';
    synonyms: string[];
    grains: TimeGrain[];
  }>;
}

export const modelCatalog = (model: SemanticModel): ModelCatalog => ({
  id: model.id,
  label: model.label,
  measures: model.measures
    .filter((measure) => !measure.hidden)
    .map(({ id, label, description, format, synonyms }) => ({
      id,
      label,
      description,
      format,
      synonyms: [...synonyms],
    })),
  dimensions: model.dimensions.map(({ id, label, description, kind, synonyms }) => ({
    id,
    label,
    description,
    kind,
    synonyms: [...synonyms],
    grains: kind === 'time' ? [...timeGrains] : [],
  })),
});
