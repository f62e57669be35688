import type { ResultColumn } from '../../../../shared/contract/query';
import { columnLabel, formatValue, isNumericType } from '../ask/format-answer';
import type { Cell } from './report-snapshot';

/** Rows drawn on screen: the export has them all. */
export const TABLE_ROWS = 100;

const count = new Intl.NumberFormat('en-US');

interface ReportTableProps {
  columns: readonly ResultColumn[];
  rows: readonly (readonly Cell[])[];
  /** Rows the result had; more than `rows` when the snapshot kept only the first ones. */
  rowCount: number;
  truncated: boolean;
  caption: string;
}

/** The first rows of a version's snapshot, with how many there are and what was left out. */
export const ReportTable = ({ columns, rows, rowCount, truncated, caption }: ReportTableProps) => {
  const shown = rows.slice(0, TABLE_ROWS);
  const notes = [
    shown.length < rows.length
      ? `Showing the first ${count.format(shown.length)} of ${count.format(rows.length)} rows kept; export the table for all of them.`
      : `${count.format(rows.length)} ${rows.length === 1 ? 'row' : 'rows'}.`,
    truncated
      ? `The result had ${count.format(rowCount)} rows; the report keeps the first ${count.format(rows.length)} (truncated).`
      : null,
  ].filter((note): note is string => note !== null);
  return (
    <div className="report-table">
      <div className="report-table__scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th
                  key={`${column.name}-${index}`}
                  scope="col"
                  className={isNumericType(column.type) ? 'report-table__number' : undefined}
                  title={`${column.name} (${column.type})`}
                >
                  {columnLabel(column.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {columns.map((column, index) => (
                  <td
                    key={`${column.name}-${index}`}
                    className={
                      typeof row[index] === 'number' || isNumericType(column.type) ? 'report-table__number' : undefined
                    }
                  >
                    {formatValue(row[index], column)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="report-table__note" data-testid="report-table-note">
        {notes.join(' ')}
      </p>
    </div>
  );
};
