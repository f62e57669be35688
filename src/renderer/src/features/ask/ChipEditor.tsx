import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useActiveSource } from '../../api/active-source';
import { useClient } from '../../api/client-context';
import type { AnalysisPlan, PlanChip } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import {
  comparisonOptions,
  dimensionFromValue,
  dimensionOptions as builtInDimensions,
  dimensionValue,
  grainOptions,
  measureOptions as builtInMeasures,
  presetOf,
  timePresetLabels,
  timePresets,
  timeRangeFor,
  type Concept,
  type PlanEdit,
} from './plan-edits';

interface ChipEditorProps {
  chip: PlanChip;
  /** Which of the plan's parts of this kind the chip stands for. */
  index: number;
  plan: AnalysisPlan;
  /** The day relative ranges count back from. */
  anchor: string;
  onEdit: (edit: PlanEdit) => void;
}

const withCurrent = (options: readonly Concept[], current: string | undefined): readonly Concept[] =>
  current === undefined || options.some((option) => option.id === current)
    ? options
    : [{ id: current, label: current }, ...options];

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <label className="chip-editor__field">
    <span className="chip-editor__label">{label}</span>
    {children}
  </label>
);

/** The small form a chip opens: pick another value, or take the part out of the plan. */
export const ChipEditor = ({ chip, index, plan, anchor, onEdit }: ChipEditorProps) => {
  const client = useClient();
  const { activeId } = useActiveSource();
  // The source's own catalog; the built-in retail list stands in until it arrives.
  const { data: catalog } = useQuery({
    queryKey: ['ask.catalog', activeId],
    queryFn: () => client.call('ask.catalog', { sourceId: activeId }),
    staleTime: Infinity,
  });
  const measureOptions = catalog && catalog.measures.length > 0 ? catalog.measures : builtInMeasures;
  const dimensionOptions = catalog && catalog.dimensions.length > 0 ? catalog.dimensions : builtInDimensions;
  switch (chip.kind) {
    case 'measure': {
      const current = plan.measures[index];
      return (
        <>
          <Field label="Measure">
            <select
              className="select"
              value={current}
              autoFocus
              onChange={(event) => onEdit({ kind: 'measure', index, to: event.target.value })}
            >
              {withCurrent(measureOptions, current).map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
          {plan.measures.length > 1 && (
            <Button size="sm" variant="ghost" onClick={() => onEdit({ kind: 'measure', index, to: null })}>
              Remove this measure
            </Button>
          )}
        </>
      );
    }
    case 'dimension': {
      const current = plan.dimensions[index];
      const value = current ? dimensionValue(current) : '';
      const known = [...dimensionOptions.map((option) => option.id), ...grainOptions.map((g) => `date:${g.grain}`)];
      return (
        <>
          <Field label="Group by">
            <select
              className="select"
              value={value}
              autoFocus
              onChange={(event) => onEdit({ kind: 'dimension', index, to: dimensionFromValue(event.target.value) })}
            >
              {current && !known.includes(value) && <option value={value}>{chip.label}</option>}
              <optgroup label="Over time">
                {grainOptions.map((option) => (
                  <option key={option.grain} value={`date:${option.grain}`}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Product and customer">
                {dimensionOptions.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            </select>
          </Field>
          <Button size="sm" variant="ghost" onClick={() => onEdit({ kind: 'dimension', index, to: null })}>
            Remove grouping
          </Button>
        </>
      );
    }
    case 'filter':
      return (
        <>
          <p className="chip-editor__text">{chip.label}</p>
          <Button size="sm" variant="ghost" onClick={() => onEdit({ kind: 'filter', index })}>
            Remove filter
          </Button>
        </>
      );
    case 'time': {
      const preset = presetOf(plan.timeRange, anchor);
      return (
        <Field label="Dates">
          <select
            className="select"
            value={preset ?? 'custom'}
            autoFocus
            onChange={(event) => {
              const picked = timePresets.find((option) => option === event.target.value);
              if (picked) onEdit({ kind: 'time', range: timeRangeFor(picked, anchor) });
            }}
          >
            {preset === null && <option value="custom">{chip.label}</option>}
            {timePresets.map((option) => (
              <option key={option} value={option}>
                {timePresetLabels[option]}
              </option>
            ))}
          </select>
        </Field>
      );
    }
    case 'comparison':
      return (
        <>
          <Field label="Compare with">
            <select
              className="select"
              value={plan.comparison}
              autoFocus
              onChange={(event) =>
                onEdit({
                  kind: 'comparison',
                  to: comparisonOptions.find((option) => option.value === event.target.value)?.value ?? 'none',
                })
              }
            >
              {comparisonOptions.map((option) => (
                <option key={option.value} value={option.value} disabled={option.value !== 'none' && !plan.timeRange}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
          {!plan.timeRange && <p className="chip-editor__text">A comparison needs a date range.</p>}
        </>
      );
    case 'sort':
      return (
        <>
          <Field label="Order">
            <select
              className="select"
              value={plan.sort?.direction ?? 'desc'}
              autoFocus
              onChange={(event) => onEdit({ kind: 'sort', direction: event.target.value === 'asc' ? 'asc' : 'desc' })}
            >
              <option value="desc">Largest first</option>
              <option value="asc">Smallest first</option>
            </select>
          </Field>
          <Button size="sm" variant="ghost" onClick={() => onEdit({ kind: 'sort', direction: null })}>
            Natural order
          </Button>
        </>
      );
    case 'limit':
      return <LimitEditor limit={plan.limit} direction={plan.sort?.direction ?? 'desc'} onEdit={onEdit} />;
  }
};

interface LimitEditorProps {
  limit: number | null;
  direction: 'asc' | 'desc';
  onEdit: (edit: PlanEdit) => void;
}

const LimitEditor = ({ limit, direction, onEdit }: LimitEditorProps) => {
  const [text, setText] = useState(String(limit ?? 10));
  const [order, setOrder] = useState(direction);
  const value = Number(text);
  const valid = Number.isInteger(value) && value >= 1 && value <= 10_000;
  return (
    <form
      className="chip-editor__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onEdit({ kind: 'limit', to: value, direction: order });
      }}
    >
      <Field label="Keep">
        <select
          className="select"
          value={order}
          onChange={(event) => setOrder(event.target.value === 'asc' ? 'asc' : 'desc')}
        >
          <option value="desc">Top (largest first)</option>
          <option value="asc">Bottom (smallest first)</option>
        </select>
      </Field>
      <Field label="How many">
        <input
          className="input"
          type="number"
          min={1}
          max={10_000}
          value={text}
          autoFocus
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <div className="chip-editor__actions">
        <Button size="sm" variant="primary" type="submit" disabled={!valid}>
          Apply
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onEdit({ kind: 'limit', to: null })}>
          Show all rows
        </Button>
      </div>
    </form>
  );
};
