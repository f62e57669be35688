import { useState } from 'react';
import type { ResultColumn } from '../../../../shared/contract/query';
import { changeTone, columnLabel, formatValue, isNumericColumn } from './format-answer';

const FIRST_ROWS = 10;

interface AnswerTableProps {
  columns: readonly ResultColumn[];
  rows: readonly (readonly unknown[])[];
  caption: string;
}

/** The numbers behind an answer: a plain table, the first rows until asked for all. */
export const AnswerTable = ({ columns, rows, caption }: AnswerTableProps) => {
  const [all, setAll] = useState(false);
  if (columns.length === 0) return null;
  const numeric = columns.map((column, index) => isNumericColumn(column, rows, index));
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <div className="answer-table">
      <div className="answer-table__scroller">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={`${column.name}-${index}`} scope="col" className={numeric[index] ? 'is-number' : undefined}>
                  {columnLabel(column.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {columns.map((column, index) => {
                  const tone = changeTone(column.name, row[index]);
                  const classes = [numeric[index] ? 'is-number' : '', tone ? `is-${tone}` : ''].filter(Boolean);
                  return (
                    <td key={`${column.name}-${index}`} className={classes.length > 0 ? classes.join(' ') : undefined}>
                      {formatValue(row[index], column)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > FIRST_ROWS && (
        <button type="button" className="answer-table__more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show the first 10 rows' : `Show all ${rows.length.toLocaleString('en-US')} rows`}
        </button>
      )}
    </div>
  );
};
