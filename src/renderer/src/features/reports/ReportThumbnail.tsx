import { useEffect, useMemo, useRef, useState } from 'react';
import { THUMB_HEIGHT, THUMB_WIDTH, thumbnailOf, type Thumbnail } from './thumbnail';
import { useReportPreview } from './use-reports';

/** A report's tiny picture from its latest snapshot: hand-drawn SVG, no chart library. */
export const ReportThumbnail = ({ id, versions }: { id: string; versions: number }) => {
  // A card asks for its preview only once it scrolls into view; the cards that arrive together
  // share one request, and the preview holds just what the picture draws.
  const placeholder = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (seen || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  const preview = useReportPreview(id, versions, seen);
  const thumb = useMemo((): Thumbnail | null => {
    // A preview that could not be read draws the plain glyph, not a placeholder that never fills.
    if (preview.isError) return { type: 'none' };
    if (preview.data === undefined) return null;
    // Deleted meanwhile: the card is about to leave the library.
    if (preview.data === null) return { type: 'none' };
    return thumbnailOf(preview.data.spec, preview.data.snapshot);
  }, [preview.data, preview.isError]);
  if (!thumb) return <div ref={placeholder} className="report-thumb report-thumb--loading" aria-hidden="true" />;
  return (
    <svg
      className={`report-thumb report-thumb--${thumb.type}`}
      viewBox={`0 0 ${THUMB_WIDTH} ${THUMB_HEIGHT}`}
      // A pie keeps its round shape; lines and bars stretch to the card.
      preserveAspectRatio={thumb.type === 'pie' ? 'xMidYMid meet' : 'none'}
      aria-hidden="true"
    >
      {thumb.type === 'line' && (
        <>
          {thumb.area && <path className="report-thumb__area" d={thumb.area} />}
          <path className="report-thumb__line" d={thumb.line} />
        </>
      )}
      {thumb.type === 'bar' &&
        thumb.bars.map((bar, index) => (
          <rect
            key={index}
            className="report-thumb__bar"
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            rx={1}
          />
        ))}
      {thumb.type === 'pie' &&
        thumb.slices.map((slice, index) => (
          <path key={index} className={`report-thumb__slice report-thumb__slice--${index % 6}`} d={slice} />
        ))}
      {thumb.type === 'forecast' && (
        <>
          {thumb.band && <path className="report-thumb__band" d={thumb.band} />}
          <path className="report-thumb__line" d={thumb.history} />
          <path className="report-thumb__line report-thumb__line--dashed" d={thumb.forecast} />
        </>
      )}
      {thumb.type === 'table' &&
        Array.from({ length: Math.max(1, thumb.rows) }, (_, row) =>
          Array.from({ length: Math.max(1, thumb.columns) }, (_, column) => {
            const width = (THUMB_WIDTH - 16) / Math.max(1, thumb.columns);
            return (
              <rect
                key={`${row}-${column}`}
                className={row === 0 ? 'report-thumb__cell report-thumb__cell--head' : 'report-thumb__cell'}
                x={8 + column * width}
                y={6 + row * 11}
                width={width - 6}
                height={6}
                rx={2}
              />
            );
          }),
        )}
    </svg>
  );
};
