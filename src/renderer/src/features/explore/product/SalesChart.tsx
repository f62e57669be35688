import { useCallback } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { formatDay } from '../explore-format';
import type { ChartTheme } from './chart-theme';
import { ProductChart } from './ProductChart';
import { salesChartDescription, salesChartOption } from './sales-chart-option';

interface SalesChartProps {
  sales: ProductDetail['sales'];
  events: ProductDetail['events'];
  /** The source's currency (ISO code); null shows revenue as plain numbers. */
  currency: string | null;
  /** What to say when there are no weeks to draw (offline, they were never read). */
  emptyText?: string;
}

/**
 * Every week of sales with stock-outs and promotions shaded. The chart's own legend toggles the
 * series; the list below explains each shaded range in words, since a shade alone says little.
 */
export const SalesChart = ({
  sales,
  events,
  currency,
  emptyText = 'No sales recorded for this product.',
}: SalesChartProps) => {
  const option = useCallback(
    (theme: ChartTheme) => salesChartOption(sales, events, theme, currency),
    [sales, events, currency],
  );
  if (sales.length === 0) return <p className="product-muted">{emptyText}</p>;
  return (
    <>
      <ProductChart
        option={option}
        description={salesChartDescription(sales, events)}
        height={280}
        testId="sales-chart"
      />
      {events.length > 0 ? (
        <ul className="product-events" aria-label="Marked on the chart">
          {events.map((event) => (
            <li
              key={`${event.kind}-${event.start}`}
              className={`product-events__item product-events__item--${event.kind}`}
            >
              <span className="product-events__key" aria-hidden="true" />
              <span className="product-events__when">
                {formatDay(event.start)} – {formatDay(event.end)}
              </span>
              <span>{event.label}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="product-muted">No likely stock-outs or promotions found in the sales.</p>
      )}
    </>
  );
};
