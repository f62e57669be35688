import { useQuery } from '@tanstack/react-query';
import { ArrowRight, Eye, GitCompareArrows, Loader } from 'lucide-react';
import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { SegmentedControl } from '../../components/SegmentedControl';
import { columnLabel, formatNumber } from '../ask/format-answer';
import {
  changeText,
  comparisonRows,
  comparisonSummary,
  orderedPair,
  pickVersion,
  type ChangeCell,
  type ComparisonSort,
} from './comparison';
import { absoluteTime, relativeTime } from './relative-time';
import { errorText } from './use-reports';

export interface VersionEntry {
  version: number;
  createdAt: string;
  asOf: string;
}

interface VersionsPanelProps {
  reportId: string;
  versions: readonly VersionEntry[];
  /** The version the chart and table show. */
  viewed: number;
  onView: (version: number) => void;
  picked: readonly number[];
  onPicked: (picked: number[]) => void;
}

/** Compared rows drawn at once; the rest are counted. */
const COMPARE_ROWS = 200;

const valueText = (value: number | null): string => (value === null ? '–' : formatNumber(value));

const Change = ({ cell }: { cell: ChangeCell }) => (
  <td className={`report-compare__change report-compare__change--${cell.tone}`}>{changeText(cell)}</td>
);

/** Every kept version, newest first; pick two to see them side by side, row by row. */
export const VersionsPanel = ({ reportId, versions, viewed, onView, picked, onPicked }: VersionsPanelProps) => {
  const client = useClient();
  const [sort, setSort] = useState<ComparisonSort>('change');
  const pair = orderedPair(picked);
  const comparison = useQuery({
    queryKey: ['reports.compare', reportId, pair?.before, pair?.after],
    queryFn: () => client.call('reports.compare', { id: reportId, before: pair?.before ?? 1, after: pair?.after ?? 1 }),
    enabled: pair !== null,
    staleTime: Infinity,
    retry: false,
  });
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const data = comparison.data;
  const rows = data ? comparisonRows(data, sort) : [];
  const summary = data ? comparisonSummary(data) : null;

  return (
    <section className="report-section report-versions" aria-labelledby="report-versions-title">
      <header className="report-section__header">
        <h2 id="report-versions-title">Versions</h2>
        <span className="muted">
          {versions.length < 2
            ? 'Refresh to keep a new version; the earlier ones stay, to compare.'
            : 'Tick two versions to compare them.'}
        </span>
      </header>
      <ol className="report-versions__list">
        {newestFirst.map((entry) => {
          const ticked = picked.includes(entry.version);
          return (
            <li
              key={entry.version}
              className={entry.version === viewed ? 'report-version report-version--viewed' : 'report-version'}
            >
              <label className="report-version__pick">
                <input
                  type="checkbox"
                  checked={ticked}
                  disabled={versions.length < 2}
                  onChange={() => onPicked(pickVersion(picked, entry.version))}
                  aria-label={`Compare version ${entry.version}`}
                />
                <span className="report-version__number">v{entry.version}</span>
              </label>
              <span className="report-version__date" title={`Kept ${absoluteTime(entry.createdAt)}`}>
                {absoluteTime(entry.asOf)}
                <span className="muted"> · {relativeTime(entry.asOf)}</span>
              </span>
              {entry.version === viewed ? (
                <span className="report-version__shown">shown</span>
              ) : (
                <button type="button" className="report-version__view" onClick={() => onView(entry.version)}>
                  <Eye size={12} aria-hidden="true" />
                  Show
                </button>
              )}
            </li>
          );
        })}
      </ol>

      {pair && (
        <div className="report-compare" data-testid="report-compare">
          <div className="report-compare__head">
            <h3>
              <GitCompareArrows size={15} aria-hidden="true" />v{pair.before}{' '}
              <ArrowRight size={13} aria-hidden="true" /> v{pair.after}
            </h3>
            {summary && (
              <p className="report-compare__summary">
                {summary.matched} rows in both, {summary.changed} changed · <strong>{summary.added}</strong> added ·{' '}
                <strong>{summary.removed}</strong> removed
              </p>
            )}
            {data && data.measures.length > 0 && (
              <SegmentedControl
                label="Order of the compared rows"
                segments={[
                  { value: 'change', label: 'Biggest change' },
                  { value: 'table', label: 'Table order' },
                ]}
                value={sort}
                onChange={setSort}
              />
            )}
          </div>
          {comparison.isLoading && (
            <p className="muted report-compare__status">
              <Loader size={14} className="spin" aria-hidden="true" /> Comparing…
            </p>
          )}
          {comparison.isError && (
            <p className="error-text" role="alert">
              {errorText(comparison.error)}
            </p>
          )}
          {data && data.measures.length === 0 && (
            <p className="muted">These versions share no numeric column to compare.</p>
          )}
          {data && data.measures.length > 0 && summary && (
            <div className="report-compare__scroll">
              <table className="report-compare__table">
                <caption className="visually-hidden">
                  Version {pair.before} and version {pair.after}, row by row
                </caption>
                <thead>
                  <tr>
                    {data.key.map((name) => (
                      <th key={name} scope="col" rowSpan={2}>
                        {columnLabel(name)}
                      </th>
                    ))}
                    {data.measures.map((measure) => (
                      <th key={measure} scope="colgroup" colSpan={3} className="report-compare__measure">
                        {columnLabel(measure)}
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {data.measures.map((measure) => [
                      <th key={`${measure}-b`} scope="col" className="report-compare__number">
                        v{pair.before}
                      </th>,
                      <th key={`${measure}-a`} scope="col" className="report-compare__number">
                        v{pair.after}
                      </th>,
                      <th key={`${measure}-c`} scope="col" className="report-compare__number">
                        Change
                      </th>,
                    ])}
                  </tr>
                </thead>
                <tbody>
                  <tr className="report-compare__total">
                    <th scope="row" colSpan={Math.max(1, data.key.length)}>
                      Total of rows in both
                    </th>
                    {summary.totals.map(({ measure, cell }) => [
                      <td key={`${measure}-b`} className="report-compare__number">
                        {valueText(cell.before)}
                      </td>,
                      <td key={`${measure}-a`} className="report-compare__number">
                        {valueText(cell.after)}
                      </td>,
                      <Change key={`${measure}-c`} cell={cell} />,
                    ])}
                  </tr>
                  {rows.slice(0, COMPARE_ROWS).map((row) => (
                    <tr key={row.id} className={row.added ? 'report-compare__row--added' : undefined}>
                      {data.key.length === 0 ? (
                        <td className="muted">row</td>
                      ) : (
                        row.key.map((value, index) => <td key={index}>{value === '' ? '–' : value}</td>)
                      )}
                      {row.cells.map((cell, index) => [
                        <td key={`${index}-b`} className="report-compare__number">
                          {valueText(cell.before)}
                        </td>,
                        <td key={`${index}-a`} className="report-compare__number">
                          {valueText(cell.after)}
                        </td>,
                        <Change key={`${index}-c`} cell={cell} />,
                      ])}
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > COMPARE_ROWS && (
                <p className="muted report-compare__more">
                  The first {COMPARE_ROWS} of {rows.length} rows; export each version’s table for the rest.
                </p>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
};
