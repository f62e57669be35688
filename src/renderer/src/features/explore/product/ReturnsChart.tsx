import { useCallback, useMemo } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { formatMeasureValue, measureChange } from './measure-change';
import type { ChartTheme } from './chart-theme';
import { ProductChart } from './ProductChart';
import { monthlyReturns, returnsChartDescription, returnsChartOption } from './returns-chart-option';

interface ReturnsChartProps {
  sales: ProductDetail['sales'];
  /** The period's return rate measure, when the source has returns. */
  measure: ProductDetail['measures'][number] | undefined;
  /** The source's currency (ISO code), for the measure's words. */
  currency: string | null;
  /** What to say when there are no weeks to draw (offline, they were never read). */
  emptyText?: string;
}

/** Returns by month beside the period's return rate: a fit or quality problem shows here first. */
export const ReturnsChart = ({
  sales,
  measure,
  currency,
  emptyText = 'No sales, so no returns.',
}: ReturnsChartProps) => {
  const months = useMemo(() => monthlyReturns(sales), [sales]);
  const option = useCallback((theme: ChartTheme) => returnsChartOption(months, theme), [months]);
  const change = measure ? measureChange(measure, currency) : null;
  return (
    <div className="product-returns">
      <div className="product-returns__head">
        <h3>Units returned by month</h3>
        {measure && change && (
          <span className="product-muted">
            Return rate {formatMeasureValue(measure.format, measure.value, currency)} in the period,{' '}
            <span className={`product-measure__change--${change.tone}`}>{change.text}</span> vs same period last year
          </span>
        )}
      </div>
      {months.length === 0 ? (
        <p className="product-muted">{emptyText}</p>
      ) : (
        <ProductChart
          option={option}
          description={returnsChartDescription(months)}
          height={120}
          testId="returns-chart"
        />
      )}
    </div>
  );
};
