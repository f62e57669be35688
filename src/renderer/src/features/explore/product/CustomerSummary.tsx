import { ThumbsDown, ThumbsUp } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { aspectLabel, formatPercent } from '../explore-format';
import { isSelected, type ReviewFilter } from './review-filter';

interface CustomerSummaryProps {
  summary: ProductDetail['summary'];
  filter: ReviewFilter | null;
  onSelect: (filter: ReviewFilter) => void;
  aiSummary?: ReactNode;
}

/** "What customers say": the headline, then each point as a button that shows its reviews. */
export const CustomerSummary = ({ summary, filter, onSelect, aiSummary }: CustomerSummaryProps) => (
  <div className="product-summary">
    <p className="product-summary__headline">{summary.headline}</p>
    {summary.points.length > 0 && (
      <ul className="product-summary__points">
        {summary.points.map((point) => {
          const Icon = point.polarity === 'positive' ? ThumbsUp : ThumbsDown;
          return (
            <li key={`${point.aspect}-${point.polarity}`}>
              <button
                type="button"
                className={`product-point product-point--${point.polarity}`}
                aria-pressed={isSelected(filter, point.aspect, point.polarity)}
                onClick={() => onSelect({ aspect: point.aspect, polarity: point.polarity })}
                title={`Show the ${point.polarity} reviews about ${point.aspect}`}
              >
                <span className="product-point__head">
                  <Icon size={14} aria-hidden="true" />
                  <span className="product-point__aspect">{aspectLabel(point.aspect)}</span>
                  <span className="product-point__share">
                    {point.polarity === 'positive' ? 'praised' : 'criticised'} in {formatPercent(point.share, 0)} of
                    reviews ({point.reviews})
                  </span>
                </span>
                <q className="product-point__quote">{point.quote}</q>
              </button>
            </li>
          );
        })}
      </ul>
    )}
    {aiSummary}
  </div>
);
