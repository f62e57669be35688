import { maxHorizon, type ForecastEngine, type ForecastLevel } from '../../../../shared/contract/forecast';
import { SegmentedControl } from '../../components/SegmentedControl';
import {
  CONFIDENCES,
  ENGINE_LABELS,
  LEVEL_LABELS,
  MAX_MEMBERS,
  enginesFor,
  type Confidence,
  type ForecastControls,
  type ForecastMeasure,
} from './forecast-controls';
import { grainUnit } from './forecast-dates';
import { MemberPicker } from './MemberPicker';

interface ForecastControlsBarProps {
  sourceId: string;
  onBigQuery: boolean;
  controls: ForecastControls;
  horizonText: string;
  horizonNote: string | null;
  onChange: (patch: Partial<ForecastControls>) => void;
  onGrain: (grain: ForecastControls['grain']) => void;
  onHorizonText: (text: string) => void;
  onHorizonBlur: () => void;
}

const LEVELS: ForecastLevel[] = ['total', 'department', 'category', 'product', 'region'];
const levelName = (level: ForecastLevel): string => {
  const name = LEVEL_LABELS[level].one;
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** Measure, level and members, grain, horizon, confidence and engine: what to forecast and how. */
export const ForecastControlsBar = ({
  sourceId,
  onBigQuery,
  controls,
  horizonText,
  horizonNote,
  onChange,
  onGrain,
  onHorizonText,
  onHorizonBlur,
}: ForecastControlsBarProps) => {
  const { level } = controls;
  const engines = enginesFor(onBigQuery);
  return (
    <div className="forecast-controls" role="group" aria-label="Forecast settings">
      <div className="forecast-field">
        <span className="forecast-field__label" aria-hidden="true">
          Measure
        </span>
        <SegmentedControl<ForecastMeasure>
          label="Measure"
          segments={[
            { value: 'revenue', label: 'Revenue' },
            { value: 'units', label: 'Units' },
          ]}
          value={controls.measure}
          onChange={(measure) => onChange({ measure })}
        />
      </div>
      <label className="forecast-field">
        <span className="forecast-field__label">Level</span>
        <select
          className="select"
          value={level}
          onChange={(event) => onChange({ level: event.target.value as ForecastLevel, members: [] })}
        >
          {LEVELS.map((option) => (
            <option key={option} value={option}>
              {levelName(option)}
            </option>
          ))}
        </select>
      </label>
      {level !== 'total' && (
        <>
          {controls.members.length === 0 && (
            <label className="forecast-field">
              <span className="forecast-field__label">Top</span>
              <input
                className="input forecast-field__number"
                type="number"
                min={1}
                max={MAX_MEMBERS}
                value={controls.top}
                onChange={(event) => {
                  const top = Number(event.target.value);
                  if (Number.isFinite(top) && event.target.value !== '')
                    onChange({ top: Math.min(MAX_MEMBERS, Math.max(1, Math.round(top))) });
                }}
              />
            </label>
          )}
          <div className="forecast-field">
            <span className="forecast-field__label" aria-hidden="true">
              {LEVEL_LABELS[level].many.charAt(0).toUpperCase() + LEVEL_LABELS[level].many.slice(1)}
            </span>
            <MemberPicker
              sourceId={sourceId}
              level={level}
              measure={controls.measure}
              top={controls.top}
              chosen={controls.members}
              onChange={(members) => onChange({ members })}
            />
          </div>
        </>
      )}
      <div className="forecast-field">
        <span className="forecast-field__label" aria-hidden="true">
          Grain
        </span>
        <SegmentedControl<ForecastControls['grain']>
          label="Grain"
          segments={[
            { value: 'day', label: 'Day' },
            { value: 'week', label: 'Week' },
            { value: 'month', label: 'Month' },
          ]}
          value={controls.grain}
          onChange={onGrain}
        />
      </div>
      <label className="forecast-field">
        <span className="forecast-field__label">Horizon ({grainUnit(controls.grain, 2)})</span>
        <input
          className="input forecast-field__number"
          type="number"
          min={1}
          max={maxHorizon[controls.grain]}
          value={horizonText}
          aria-describedby={horizonNote ? 'forecast-horizon-note' : undefined}
          onChange={(event) => onHorizonText(event.target.value)}
          onBlur={onHorizonBlur}
        />
      </label>
      <label className="forecast-field">
        <span className="forecast-field__label">Confidence</span>
        <select
          className="select"
          value={controls.confidence}
          title="How likely the shaded range is to hold the actual sales"
          onChange={(event) => onChange({ confidence: Number(event.target.value) as Confidence })}
        >
          {CONFIDENCES.map((value) => (
            <option key={value} value={value}>
              {value}%
            </option>
          ))}
        </select>
      </label>
      <label className="forecast-field">
        <span className="forecast-field__label">Engine</span>
        <select
          className="select"
          value={controls.engine}
          disabled={engines.length === 1}
          title={engines.length === 1 ? 'BigQuery engines need a BigQuery source.' : undefined}
          onChange={(event) => onChange({ engine: event.target.value as ForecastEngine })}
        >
          {engines.map((engine) => (
            <option key={engine} value={engine}>
              {ENGINE_LABELS[engine]}
            </option>
          ))}
        </select>
      </label>
      {horizonNote && (
        <p id="forecast-horizon-note" className="forecast-controls__note" role="status">
          {horizonNote}
        </p>
      )}
    </div>
  );
};
