import type { ReviewItem } from '../../../../../shared/contract/explore';
import { aspectLabel, formatDay, sentimentBandOf, sentimentLabel } from '../explore-format';
import { mentionRanges, mentionTone, segmentText, type TextRange, type TextSegment } from './highlight-segments';

interface ReviewCardProps {
  review: ReviewItem;
  showProduct?: boolean | undefined;
  onOpenProduct?: ((productId: string) => void) | undefined;
}

/** Stars as glyphs for the eye, as words for screen readers. */
export const Stars = ({ rating }: { rating: number | null }) =>
  rating === null ? null : (
    <span className="review-stars" role="img" aria-label={`${rating} out of 5 stars`}>
      {'★'.repeat(Math.round(rating))}
      <span className="review-stars__empty">{'★'.repeat(5 - Math.round(rating))}</span>
    </span>
  );

const mentionTitle = (segment: TextSegment): string =>
  (segment.mention?.aspects ?? [])
    .map((entry) => `${aspectLabel(entry.aspect)}: ${mentionTone(entry.score)} (${entry.score.toFixed(2)})`)
    .join(', ');

/** Text with search matches in <mark> and aspect sentences underlined in their tone. */
const MarkedText = ({ segments }: { segments: TextSegment[] }) => (
  <>
    {segments.map((segment, index) => {
      const inner = segment.match ? <mark>{segment.text}</mark> : segment.text;
      if (!segment.mention) return <span key={index}>{inner}</span>;
      return (
        <span
          key={index}
          className={`review-mention review-mention--${segment.mention.tone}`}
          title={mentionTitle(segment)}
        >
          {inner}
        </span>
      );
    })}
  </>
);

const uniqueAspects = (mentions: ReviewItem['mentions']) => {
  const byAspect = new Map<string, { score: number; count: number; sentences: string[] }>();
  for (const mention of mentions) {
    const entry = byAspect.get(mention.aspect) ?? { score: 0, count: 0, sentences: [] };
    entry.score += mention.score;
    entry.count += 1;
    entry.sentences.push(mention.sentence);
    byAspect.set(mention.aspect, entry);
  }
  return [...byAspect].map(([aspect, entry]) => ({
    aspect,
    tone: mentionTone(entry.score / entry.count),
    sentences: entry.sentences,
  }));
};

const noRanges: TextRange[] = [];

/** One review: rating, date, sentiment, and the text with what it says about each aspect marked. */
export const ReviewCard = ({ review, showProduct = false, onOpenProduct }: ReviewCardProps) => {
  const band = sentimentBandOf(review.sentiment) ?? 'mixed';
  const title = segmentText(review.title, review.highlights?.title ?? noRanges);
  const text = segmentText(
    review.text,
    review.highlights?.text ?? noRanges,
    mentionRanges(review.text, review.mentions),
  );
  const aspects = uniqueAspects(review.mentions);
  return (
    <article className="review-card" aria-label={review.title || 'Review'}>
      <div className="review-card__meta">
        <Stars rating={review.rating} />
        {review.createdAt && <time dateTime={review.createdAt}>{formatDay(review.createdAt.slice(0, 10))}</time>}
        <span className={`review-card__sentiment review-card__sentiment--${band}`}>
          {sentimentLabel(review.sentiment)}
        </span>
        {showProduct && (
          <button
            type="button"
            className="review-card__product"
            onClick={() => onOpenProduct?.(review.productId)}
            disabled={!onOpenProduct}
          >
            {review.productName ?? review.productId}
          </button>
        )}
      </div>
      {review.title && (
        <h4 className="review-card__title">
          <MarkedText segments={title} />
        </h4>
      )}
      <p className="review-card__text">
        <MarkedText segments={text} />
      </p>
      {aspects.length > 0 && (
        <ul className="review-card__aspects" aria-label="Aspects mentioned">
          {aspects.map((entry) => (
            <li
              key={entry.aspect}
              className={`review-aspect review-aspect--${entry.tone}`}
              title={entry.sentences.join('\n')}
            >
              {aspectLabel(entry.aspect)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
};
