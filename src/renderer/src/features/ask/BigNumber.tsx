import { ArrowDownRight, ArrowUpRight, Minus } from 'lucide-react';
import type { AskAnswer, ChartSpec } from '../../../../shared/contract';
import { changeTone, columnLabel, formatChange, formatValue, numericValue } from './format-answer';

type NumberSpec = Extract<ChartSpec, { type: 'number' }>;

const comparisonWords: Record<string, string> = {
  previous_period: 'vs the previous period',
  same_period_last_year: 'vs the same period last year',
};

/** A single answer as a big number, with its change against the comparison coloured up or down. */
interface BigNumberProps {
  spec: NumberSpec;
  answer: AskAnswer;
  /** What the number is of, when the answer has one row of a grouping ("Dresses"). */
  caption?: string | null;
}

export const BigNumber = ({ spec, answer, caption = null }: BigNumberProps) => {
  const row = answer.rows[0] ?? [];
  const valueIndex = answer.columns.findIndex((column) => column.name === spec.value);
  const column = answer.columns[valueIndex] ?? { name: spec.value, type: 'DOUBLE' };
  const changeIndex = spec.comparison === null ? -1 : answer.columns.findIndex((c) => c.name === spec.comparison);
  const change = changeIndex < 0 ? null : numericValue(row[changeIndex]);
  const previousIndex = answer.columns.findIndex((c) => c.name === `${spec.value}_previous`);
  const previous = previousIndex < 0 ? undefined : row[previousIndex];
  const direction = change === null || change === 0 ? 'flat' : change > 0 ? 'up' : 'down';
  const good = changeTone(`${spec.value}_change`, change) ?? 'flat';
  const versus = comparisonWords[answer.plan?.comparison ?? ''] ?? 'vs the comparison';

  return (
    <div className="big-number" data-testid="big-number">
      <span className="big-number__label">
        {columnLabel(spec.value)}
        {caption ? ` · ${caption}` : ''}
      </span>
      <span className="big-number__value">{formatValue(row[valueIndex], column)}</span>
      {change !== null && (
        <span className={`big-number__change big-number__change--${good}`}>
          {direction === 'up' ? (
            <ArrowUpRight size={16} aria-hidden="true" />
          ) : direction === 'down' ? (
            <ArrowDownRight size={16} aria-hidden="true" />
          ) : (
            <Minus size={16} aria-hidden="true" />
          )}
          <strong>{formatChange(change)}</strong>
          <span className="big-number__versus">
            {versus}
            {previous !== undefined && previous !== null ? ` (${formatValue(previous, column)})` : ''}
          </span>
        </span>
      )}
    </div>
  );
};
