interface SparklineProps {
  values: readonly number[];
  width?: number;
  height?: number;
  label: string;
}

/** A tiny revenue line: inline SVG, no chart library, so hundreds of tiles stay cheap. */
export const Sparkline = ({ values, width = 96, height = 28, label }: SparklineProps) => {
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values.map(
    (value, index) => `${(index * step).toFixed(1)},${(height - 2 - ((value - min) / span) * (height - 4)).toFixed(1)}`,
  );
  const last = values.at(-1) ?? 0;
  const first = values[0] ?? 0;
  const trend = last > first * 1.05 ? 'up' : last < first * 0.95 ? 'down' : 'flat';
  return (
    <svg
      className={`sparkline sparkline--${trend}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={points.join(' ')} fill="none" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
};
