import { ArrowDownRight, ArrowUpRight, Minus } from 'lucide-react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { sentimentLabel } from '../explore-format';
import { formatMeasureValue, measureChange } from './measure-change';

/** The period's key measures, each against the same period a year earlier; money in the source's currency. */
export const MeasureCards = ({
  measures,
  currency,
}: {
  measures: ProductDetail['measures'];
  currency: string | null;
}) => (
  <ul className="product-measures" aria-label="Key measures">
    {measures.map((measure) => {
      const change = measureChange(measure, currency);
      const Icon = change.direction === 'up' ? ArrowUpRight : change.direction === 'down' ? ArrowDownRight : Minus;
      return (
        <li key={measure.id} className="product-measure" data-measure={measure.id}>
          <span className="product-measure__label">{measure.label}</span>
          <span className="product-measure__value">
            {formatMeasureValue(measure.format, measure.value, currency)}
            {measure.format === 'sentiment' && measure.value !== null && (
              <span className="product-measure__hint">{sentimentLabel(measure.value)}</span>
            )}
          </span>
          <span
            className={`product-measure__change product-measure__change--${change.tone}`}
            title={change.description}
          >
            {change.direction !== 'none' && <Icon size={13} aria-hidden="true" />}
            {change.text}
            {change.direction !== 'none' && <span className="product-measure__vs"> vs last year</span>}
          </span>
        </li>
      );
    })}
  </ul>
);
