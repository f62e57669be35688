/** A determinate bar when the fraction is known, an indeterminate shimmer otherwise. */
export const ProgressBar = ({ fraction, label }: { fraction: number | null; label: string }) => (
  <div
    className="progress"
    role="progressbar"
    aria-label={label}
    aria-valuemin={0}
    aria-valuemax={100}
    aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
  >
    <div
      className={fraction === null ? 'progress__fill progress__fill--indeterminate' : 'progress__fill'}
      style={fraction === null ? undefined : { width: `${Math.max(2, fraction * 100)}%` }}
    />
  </div>
);
