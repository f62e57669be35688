import { downsample, THUMBNAIL_LIMITS, thumbnailHistory } from '../../../../shared/reports/preview-snapshot';
import { numberOf, readSnapshot, readSpec, tableChartOf, usableChart, type ReportSnapshot } from './report-snapshot';

/** The thumbnail's drawing box; CSS scales the SVG to the card. */
export const THUMB_WIDTH = 160;
export const THUMB_HEIGHT = 64;
const PAD = 4;
// What is drawn at most is shared with main, which cuts library previews to it (reports.previews).
/** Points kept of a long series: a thumbnail is 160 pixels wide. */
const MAX_POINTS = THUMBNAIL_LIMITS.points;
const MAX_BARS = THUMBNAIL_LIMITS.bars;
const MAX_SLICES = 6;

export type Thumbnail =
  | { type: 'line'; line: string; area: string | null }
  | { type: 'bar'; bars: { x: number; y: number; width: number; height: number }[] }
  | { type: 'pie'; slices: string[] }
  | { type: 'forecast'; history: string; forecast: string; band: string }
  | { type: 'table'; columns: number; rows: number }
  | { type: 'none' };

const round = (value: number): string => (Math.round(value * 10) / 10).toString();

interface Scale {
  x: (index: number) => number;
  y: (value: number) => number;
}

const scaleFor = (count: number, min: number, max: number): Scale => {
  const span = max - min || 1;
  const width = THUMB_WIDTH - 2 * PAD;
  const height = THUMB_HEIGHT - 2 * PAD;
  return {
    x: (index) => PAD + (count <= 1 ? width / 2 : (index / (count - 1)) * width),
    y: (value) => PAD + height - ((value - min) / span) * height,
  };
};

/** An SVG path through the points; a gap (null) lifts the pen. */
export const linePath = (values: readonly (number | null)[], scale: Scale): string => {
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${round(scale.x(index))} ${round(scale.y(value))}`;
    drawing = true;
  });
  return path;
};

const extent = (values: readonly (number | null)[]): [number, number] => {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return [0, 1];
  return [Math.min(...present), Math.max(...present)];
};

const tableThumbnail = (snapshot: Extract<ReportSnapshot, { kind: 'table' }>): Thumbnail => ({
  type: 'table',
  columns: Math.min(4, snapshot.columns.length),
  rows: Math.min(THUMBNAIL_LIMITS.tableRows, snapshot.rows.length),
});

const pieSlices = (values: readonly number[]): string[] => {
  const positive = values.map((value) => Math.max(0, value));
  const sorted = [...positive].sort((a, b) => b - a);
  const kept = sorted.slice(0, MAX_SLICES - 1);
  const rest = sorted.slice(MAX_SLICES - 1).reduce((sum, value) => sum + value, 0);
  const parts = rest > 0 ? [...kept, rest] : kept;
  const total = parts.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return [];
  const cx = THUMB_WIDTH / 2;
  const cy = THUMB_HEIGHT / 2;
  const r = THUMB_HEIGHT / 2 - PAD;
  if (parts.length === 1) {
    // One slice is the whole circle: an arc from a point to itself draws nothing.
    return [`M${cx - r} ${cy}A${r} ${r} 0 1 1 ${cx + r} ${cy}A${r} ${r} 0 1 1 ${cx - r} ${cy}Z`];
  }
  let angle = -Math.PI / 2;
  return parts.map((value) => {
    const sweep = (value / total) * Math.PI * 2;
    const start = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    angle += sweep;
    const end = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    const large = sweep > Math.PI ? 1 : 0;
    return `M${cx} ${cy}L${round(start[0] ?? 0)} ${round(start[1] ?? 0)}A${r} ${r} 0 ${large} 1 ${round(end[0] ?? 0)} ${round(end[1] ?? 0)}Z`;
  });
};

/**
 * A report's thumbnail from its latest snapshot and chart settings: a line, bars or pie slices
 * of the first measure, the forecast's history and band, or a table glyph. Pure and cheap (no
 * chart library), so a library of many cards stays quick.
 */
export const thumbnailOf = (spec: unknown, snapshotJson: unknown): Thumbnail => {
  const snapshot = readSnapshot(snapshotJson);
  if (snapshot.kind === 'forecast') {
    const series = snapshot.forecast.series[0];
    if (!series || (series.history.length === 0 && series.forecast.length === 0)) return { type: 'none' };
    // The last stretch of history, then the forecast: the shape of what is coming.
    const tail = series.history.slice(-thumbnailHistory(series.forecast.length));
    const history = downsample(
      tail.map((point) => point.y),
      MAX_POINTS,
    );
    const ahead = downsample(series.forecast, Math.max(2, Math.min(MAX_POINTS / 3, series.forecast.length)));
    const all = [...history, ...ahead.flatMap((point) => [point.lower, point.upper, point.point])];
    const [min, max] = extent(all);
    const count = history.length + ahead.length;
    const scale = scaleFor(count, min, max);
    const start = history.length;
    const last = history.at(-1);
    const forecastValues: (number | null)[] = [
      ...history.map((_, index) => (index === start - 1 && last !== undefined ? last : null)),
      ...ahead.map((point) => point.point),
    ];
    const upper = ahead.map((point, index) => `${round(scale.x(start + index))} ${round(scale.y(point.upper))}`);
    const lower = ahead
      .map((point, index) => `${round(scale.x(start + index))} ${round(scale.y(point.lower))}`)
      .reverse();
    return {
      type: 'forecast',
      history: linePath(history, scale),
      forecast: linePath(forecastValues, scale),
      band: ahead.length === 0 ? '' : `M${[...upper, ...lower].join('L')}Z`,
    };
  }
  if (snapshot.kind !== 'table') return { type: 'none' };
  const chart = usableChart(tableChartOf(readSpec(spec)), snapshot.columns);
  if (!chart || snapshot.rows.length === 0) return tableThumbnail(snapshot);
  const measure = chart.y[0] ?? 0;
  const values = snapshot.rows.map((row) => numberOf(row[measure]));
  // Without a number among what is drawn, the table glyph says more than an empty chart.
  const noNumber = (drawn: readonly (number | null)[]) => drawn.every((value) => value === null);

  if (chart.type === 'pie') {
    const slices = pieSlices(values.map((value) => value ?? 0));
    return slices.length === 0 ? tableThumbnail(snapshot) : { type: 'pie', slices };
  }
  if (chart.type === 'bar') {
    const drawn = values.slice(0, MAX_BARS);
    if (noNumber(drawn)) return tableThumbnail(snapshot);
    const shown = drawn.map((value) => value ?? 0);
    const [low, high] = extent(shown);
    const min = Math.min(0, low);
    const max = Math.max(0, high);
    const span = max - min || 1;
    const height = THUMB_HEIGHT - 2 * PAD;
    const slot = (THUMB_WIDTH - 2 * PAD) / shown.length;
    const zero = PAD + height - ((0 - min) / span) * height;
    return {
      type: 'bar',
      bars: shown.map((value, index) => {
        const top = PAD + height - ((value - min) / span) * height;
        return {
          x: Math.round((PAD + index * slot + slot * 0.15) * 10) / 10,
          y: Math.round(Math.min(top, zero) * 10) / 10,
          width: Math.round(slot * 0.7 * 10) / 10,
          height: Math.max(1, Math.round(Math.abs(zero - top) * 10) / 10),
        };
      }),
    };
  }
  // Line, area and scatter read as a line of the first measure along the rows.
  const points = downsample(values, MAX_POINTS);
  if (noNumber(points)) return tableThumbnail(snapshot);
  const [min, max] = extent(points);
  const scale = scaleFor(points.length, min, max);
  const line = linePath(points, scale);
  const firstIndex = points.findIndex((value) => value !== null);
  const lastIndex = points.findLastIndex((value) => value !== null);
  const base = round(THUMB_HEIGHT - PAD);
  const area =
    chart.type === 'area' && !points.includes(null) && firstIndex >= 0
      ? `${line}L${round(scale.x(lastIndex))} ${base}L${round(scale.x(firstIndex))} ${base}Z`
      : null;
  return { type: 'line', line, area };
};
