import {
  categoryLabel,
  formatChange,
  formatCodeOf,
  formatNumber,
  isDateType,
  isNumericType,
  numberStyleOf,
  readableDateLabels,
  toNumber,
  type NumberStyle,
} from './deck-format';
import {
  imageOnlyChartTypes,
  nativeChartTypes,
  type DeckChartType,
  type SqlDeckContent,
  type SqlChartSpec,
} from './deck-report';

/** Categories a chart shows at most; more is unreadable on a slide. */
export const MAX_CATEGORIES = 50;
/** Slices a pie shows at most. */
export const MAX_PIE_SLICES = 12;
/** Series a chart shows at most. */
export const MAX_SERIES = 8;

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/** A report's chart, ready to draw natively or as an image: the same data either way. */
export interface ChartPlan {
  type: DeckChartType;
  /** The x column's name (axis title). */
  xName: string;
  /** Category labels, one per point (for a scatter, the x values as text). */
  categories: string[];
  /** A scatter's x values. */
  xValues: number[] | null;
  series: ChartSeries[];
  style: NumberStyle;
  /** The ISO code money is in (the report's source); null when not known. */
  currency: string | null;
  formatCode: string;
  /** What the reader should know about what is shown ("first 50 of 120"). */
  notes: string[];
}

export type SqlChartOutcome = { kind: 'chart'; plan: ChartPlan } | { kind: 'table'; notes: string[] };

const isKnownType = (type: string): type is DeckChartType =>
  (nativeChartTypes as readonly string[]).includes(type) || (imageOnlyChartTypes as readonly string[]).includes(type);

/** Bars lie down when their labels are long or many (as Ask draws rankings), and stand up over time. */
const barOrientation = (chart: SqlChartSpec, labels: readonly string[], xIsDate: boolean): 'bar' | 'column' => {
  if (chart.horizontal) return 'bar';
  if (xIsDate) return 'column';
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
  return labels.length > 8 || longest > 14 ? 'bar' : 'column';
};

/** The chart a SQL report asks for, or why it gets a table instead; money in `currency` (ISO code, null: plain). */
export const planSqlChart = (content: SqlDeckContent, currency: string | null): SqlChartOutcome => {
  const { chart, columns, rows } = content;
  if (!chart) return { kind: 'table', notes: [] };
  const xColumn = columns[chart.x];
  const yIndexes = chart.y.filter((index) => index < columns.length && index !== chart.x);
  if (!xColumn || yIndexes.length === 0)
    return { kind: 'table', notes: ['The chart names columns the saved result does not have, so the table is shown.'] };
  if (rows.length === 0) return { kind: 'table', notes: ['The saved result has no rows.'] };
  const notes: string[] = [];
  let type: string = chart.type;
  if (!isKnownType(type)) {
    return { kind: 'table', notes: [`Chart type "${chart.type}" is not one a deck can draw, so the table is shown.`] };
  }
  const xIsDate = isDateType(xColumn.type);
  const xNumbers = rows.map((row) => toNumber(row[chart.x]));
  if (type === 'scatter' && xNumbers.some((value) => value === null)) {
    type = 'line';
    notes.push(`Drawn as a line: "${xColumn.name}" is not numeric, so it cannot be a scatter's x axis.`);
  }
  const limit = type === 'pie' ? MAX_PIE_SLICES : MAX_CATEGORIES;
  // Over time, the latest periods matter: a line or area over dates shows the last ones.
  const latest = (type === 'line' || type === 'area') && xIsDate && rows.length > limit;
  const shown = latest ? rows.slice(rows.length - limit) : rows.slice(0, limit);
  const total = content.truncated ? content.rowCount : rows.length;
  if (rows.length > limit) {
    notes.push(
      `Shows the ${latest ? 'last' : 'first'} ${limit} of ${total.toLocaleString('en-US')} ${type === 'pie' ? 'slices' : latest ? 'periods' : 'categories'}.`,
    );
  }
  const ySeries = type === 'pie' || type === 'funnel' ? yIndexes.slice(0, 1) : yIndexes.slice(0, MAX_SERIES);
  if (ySeries.length < yIndexes.length) {
    notes.push(
      `Shows ${ySeries.length} of ${yIndexes.length} measures (${type === 'pie' ? 'a pie has one' : 'the first'}).`,
    );
  }
  const series = ySeries.map((index) => ({
    name: columns[index]?.name ?? `column ${index + 1}`,
    values: shown.map((row) => toNumber(row[index])),
  }));
  if (series.every((one) => one.values.every((value) => value === null))) {
    return { kind: 'table', notes: ['The chart\u2019s measures hold no numbers, so the table is shown.'] };
  }
  if (type === 'pie' && series[0]?.values.some((value) => value !== null && value < 0)) {
    type = 'column';
    notes.push('Drawn as columns: a pie cannot show negative values.');
  }
  const categories = readableDateLabels(shown.map((row) => categoryLabel(row[chart.x])));
  const resolved: DeckChartType = type === 'bar' ? barOrientation(chart, categories, xIsDate) : (type as DeckChartType);
  const allValues = series.flatMap((one) => one.values);
  const firstName = series[0]?.name ?? '';
  const style = numberStyleOf(firstName, allValues);
  return {
    kind: 'chart',
    plan: {
      type: resolved,
      xName: xColumn.name,
      categories,
      xValues: resolved === 'scatter' ? shown.map((_, index) => xNumbers[index] ?? 0) : null,
      series,
      style,
      currency,
      formatCode: formatCodeOf(style, allValues, currency),
      notes,
    },
  };
};

/** Pearson's r of (x, y) pairs, or null when either side does not vary. */
const correlation = (pairs: readonly (readonly [number, number])[]): number | null => {
  if (pairs.length < 3) return null;
  const mean = (pick: 0 | 1): number => pairs.reduce((total, pair) => total + pair[pick], 0) / pairs.length;
  const mx = mean(0);
  const my = mean(1);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
};

/** Sums make sense for money and counts, not for shares or averages. */
const isAdditive = (name: string, style: NumberStyle): boolean =>
  style !== 'percent' && !/avg|average|mean|median|rate|ratio|price|per_|score|rating/i.test(name);

/**
 * The few numbers a reader wants beside the chart, over every saved row: the latest value and
 * its change for a series over time, the total and the largest for a breakdown.
 */
export const keyNumbersOf = (content: SqlDeckContent, plan: ChartPlan | null, currency: string | null): string[] => {
  const format = (value: number, style: NumberStyle): string => formatNumber(value, style, currency);
  const { columns, rows } = content;
  const yIndex =
    plan === null
      ? columns.findIndex((column, index) => index > 0 && isNumericType(column.type))
      : (content.chart?.y.find((index) => columns[index]?.name === plan.series[0]?.name) ?? -1);
  const xIndex = plan === null ? 0 : (content.chart?.x ?? 0);
  const yColumn = columns[yIndex];
  if (yIndex < 0 || !yColumn || rows.length === 0) {
    return [`${content.rowCount.toLocaleString('en-US')} rows`];
  }
  const labels = readableDateLabels(rows.map((row) => categoryLabel(row[xIndex])));
  const points = rows
    .map((row, index) => ({ label: labels[index] ?? '', value: toNumber(row[yIndex]) }))
    .filter((point): point is { label: string; value: number } => point.value !== null);
  if (points.length === 0) return [`${content.rowCount.toLocaleString('en-US')} rows`];
  const style =
    plan?.style ??
    numberStyleOf(
      yColumn.name,
      points.map((point) => point.value),
    );
  const scope = content.truncated ? ` (first ${rows.length.toLocaleString('en-US')} rows)` : '';
  const lines: string[] = [];
  const overTime = plan ? ['line', 'area'].includes(plan.type) || isDateType(columns[xIndex]?.type ?? '') : false;
  const first = points[0];
  const last = points.at(-1);
  if (plan?.type === 'scatter' && plan.xValues) {
    const xs = plan.xValues;
    const ys = plan.series[0]?.values ?? [];
    const pairs = xs.flatMap((x, index) => {
      const y = ys[index];
      return y === null || y === undefined ? [] : [[x, y] as const];
    });
    const r = correlation(pairs);
    lines.push(`${pairs.length.toLocaleString('en-US')} points`);
    if (r !== null)
      lines.push(`Correlation of ${plan.xName} and ${yColumn.name}: r = ${r.toFixed(2).replace('-', '−')}`);
  } else if (plan?.type === 'funnel' && first && last && first.value !== 0) {
    lines.push(`${last.label}: ${format(last.value / first.value, 'percent')} of ${first.label}`);
    lines.push(`${first.label}: ${format(first.value, style)}`);
  } else if (overTime && first && last && points.length >= 2) {
    lines.push(`Latest ${yColumn.name} (${last.label}): ${format(last.value, style)}`);
    if (first.value !== 0) {
      lines.push(`Change since ${first.label}: ${formatChange((last.value - first.value) / Math.abs(first.value))}`);
    }
    const peak = points.reduce((best, point) => (point.value > best.value ? point : best));
    lines.push(`Peak: ${format(peak.value, style)} (${peak.label})`);
  } else {
    const sum = points.reduce((total, point) => total + point.value, 0);
    if (isAdditive(yColumn.name, style)) lines.push(`Total ${yColumn.name}${scope}: ${format(sum, style)}`);
    const top = points.reduce((best, point) => (point.value > best.value ? point : best));
    const share =
      isAdditive(yColumn.name, style) && sum > 0 && top.value >= 0
        ? `, ${format(top.value / sum, 'percent')} of the total`
        : '';
    lines.push(`Largest: ${top.label} at ${format(top.value, style)}${share}`);
  }
  lines.push(`${content.rowCount.toLocaleString('en-US')} ${content.rowCount === 1 ? 'row' : 'rows'} in the result`);
  return lines;
};
