import { useCallback } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import type { ChartTheme } from './chart-theme';
import { ProductChart } from './ProductChart';
import { ratingChartDescription, ratingChartOption } from './rating-chart-option';

/** Reviews per month, stacked by star rating, with the month's average. */
export const RatingChart = ({ months }: { months: ProductDetail['ratingByMonth'] }) => {
  const option = useCallback((theme: ChartTheme) => ratingChartOption(months, theme), [months]);
  if (months.length === 0) return <p className="product-muted">No ratings in this range.</p>;
  return (
    <ProductChart option={option} description={ratingChartDescription(months)} height={220} testId="rating-chart" />
  );
};
