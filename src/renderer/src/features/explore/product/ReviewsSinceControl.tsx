import { useState } from 'react';
import { shiftDay } from '../../../../../shared/format/day';
import { SegmentedControl } from '../../../components/SegmentedControl';
import { formatDay } from '../explore-format';
import { isIsoDay, reviewsSinceFor, sinceChoiceOf, type SinceChoice } from './reviews-since';

interface ReviewsSinceControlProps {
  /** The period's start (the default) and exclusive end, from the product detail. */
  period: { start: string; end: string };
  since: string | undefined;
  onChange: (since: string | undefined) => void;
}

const segments = [
  { value: 'period', label: 'Period start' },
  { value: 'last_90_days', label: 'Last 90 days' },
  { value: 'custom', label: 'Since…' },
] as const satisfies readonly { value: SinceChoice; label: string }[];

/** From which day the reviews are read: a merchandiser checks whether a fix shows in later reviews. */
export const ReviewsSinceControl = ({ period, since, onChange }: ReviewsSinceControlProps) => {
  const [choice, setChoice] = useState<SinceChoice>(() => sinceChoiceOf(since, period.end));
  const [custom, setCustom] = useState(since ?? '');

  const choose = (next: SinceChoice): void => {
    setChoice(next);
    if (next !== 'custom') onChange(reviewsSinceFor(next, custom, period.end));
    else if (isIsoDay(custom)) onChange(custom);
  };

  const effective = since ?? period.start;
  return (
    <div className="product-since">
      <span className="product-since__label" id="product-since-label">
        Reviews since
      </span>
      <SegmentedControl label="Reviews since" segments={segments} value={choice} onChange={choose} />
      {choice === 'custom' && (
        <input
          type="date"
          className="product-since__date"
          aria-labelledby="product-since-label"
          value={custom}
          min="2000-01-01"
          max={shiftDay(period.end, -1)}
          onChange={(event) => {
            setCustom(event.target.value);
            if (isIsoDay(event.target.value)) onChange(event.target.value);
          }}
        />
      )}
      <span className="product-since__note">from {formatDay(effective)}</span>
    </div>
  );
};
