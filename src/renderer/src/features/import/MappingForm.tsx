import {
  importConcepts,
  type ConceptColumns,
  type ImportConcept,
  type ImportPreview,
} from '../../../../shared/contract';
import { conceptLabels } from './concept-labels';

interface MappingFormProps {
  preview: ImportPreview;
  mapping: ConceptColumns;
  onChange: (mapping: ConceptColumns) => void;
  problems: Partial<Record<ImportConcept, string>>;
}

/** One row per retail concept: which column holds it, with Aisle's guess preselected. */
export const MappingForm = ({ preview, mapping, onChange, problems }: MappingFormProps) => {
  const set = (concept: ImportConcept, column: string): void => {
    const rest = Object.fromEntries(Object.entries(mapping).filter(([key]) => key !== concept)) as ConceptColumns;
    onChange(column === '' ? rest : { ...rest, [concept]: column });
  };
  return (
    <fieldset className="mapping-form">
      <legend>Which column holds what?</legend>
      {importConcepts.map((concept) => {
        const confidence = preview.suggested.confidence[concept];
        const chosen = mapping[concept] ?? '';
        const suggested = preview.suggested.mapping[concept] === chosen && chosen !== '';
        const problem = problems[concept];
        return (
          <label key={concept} className="mapping-form__row">
            <span className="mapping-form__concept">
              {conceptLabels[concept].label}
              <span className="mapping-form__hint">{conceptLabels[concept].hint}</span>
            </span>
            <select
              className="select"
              value={chosen}
              onChange={(event) => set(concept, event.target.value)}
              aria-invalid={problem ? true : undefined}
            >
              <option value="">Not in this file</option>
              {preview.columns.map((column) => (
                <option key={column.name} value={column.name}>
                  {column.name} ({column.kind}
                  {column.samples[0] ? `, e.g. ${column.samples[0].slice(0, 24)}` : ''})
                </option>
              ))}
            </select>
            <span className="mapping-form__status">
              {problem ? (
                <span className="error-text">{problem}</span>
              ) : suggested && confidence !== undefined ? (
                <span className="muted">Suggested · {Math.round(confidence * 100)}% sure</span>
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
};
