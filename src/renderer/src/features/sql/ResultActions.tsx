import { BarChart3, Download, Filter, Pin, Table } from 'lucide-react';
import { useState } from 'react';
import { chartTypes, type ChartSpec, type ChartType } from './chart/chart-spec';
import { Button } from '../../components/Button';
import { SegmentedControl } from '../../components/SegmentedControl';

export type ResultView = 'table' | 'chart';

interface ResultActionsProps {
  view: ResultView;
  onView: (view: ResultView) => void;
  chart: ChartSpec | null;
  onChartType: (type: ChartType) => void;
  onExport: (format: 'csv' | 'xlsx') => void;
  onPin: () => void;
  busy: boolean;
  filter: string;
  /** Null when the result cannot be filtered (no statement to re-run). */
  onFilter: ((filter: string) => void) | null;
}

const chartLabels: Record<ChartType, string> = {
  bar: 'Bar',
  line: 'Line',
  area: 'Area',
  scatter: 'Scatter',
  pie: 'Pie',
};

/** Table or chart, chart type, export and pin: what to do with a finished result. */
export const ResultActions = ({
  view,
  onView,
  chart,
  onChartType,
  onExport,
  onPin,
  busy,
  filter,
  onFilter,
}: ResultActionsProps) => {
  const [text, setText] = useState(filter);
  return (
    <div className="result-actions" role="toolbar" aria-label="Result actions">
      <SegmentedControl
        label="Result view"
        value={view}
        onChange={onView}
        segments={[
          { value: 'table', label: 'Table', icon: <Table size={13} /> },
          ...(chart ? [{ value: 'chart' as const, label: 'Chart', icon: <BarChart3 size={13} /> }] : []),
        ]}
      />
      {view === 'chart' && chart && (
        <select
          className="select"
          aria-label="Chart type"
          value={chart.type}
          onChange={(event) => onChartType(event.target.value as ChartType)}
        >
          {chartTypes.map((type) => (
            <option key={type} value={type}>
              {chartLabels[type]}
            </option>
          ))}
        </select>
      )}
      {onFilter && view === 'table' && (
        <form
          className="result-actions__filter"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            onFilter(text);
          }}
        >
          <Filter size={13} aria-hidden="true" />
          <input
            className="input"
            type="search"
            value={text}
            placeholder="Filter rows, then Enter"
            aria-label="Filter rows"
            onChange={(event) => {
              setText(event.target.value);
              // Clearing the box shows every row again straight away.
              if (event.target.value === '' && filter !== '') onFilter('');
            }}
          />
        </form>
      )}
      <span className="result-actions__spacer" />
      <Button size="sm" variant="ghost" icon={<Download size={13} />} disabled={busy} onClick={() => onExport('csv')}>
        CSV
      </Button>
      <Button size="sm" variant="ghost" icon={<Download size={13} />} disabled={busy} onClick={() => onExport('xlsx')}>
        XLSX
      </Button>
      <Button size="sm" variant="ghost" icon={<Pin size={13} />} onClick={onPin}>
        Pin to report
      </Button>
    </div>
  );
};
