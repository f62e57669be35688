import type { PlanFilter } from '../../shared/contract/analysis-plan';
import type { ProductDetail } from '../../shared/contract/explore';
import { colours } from '../demo/catalog';
import type { SemanticModel } from '../semantic';
import { quoteTablePath } from '../semantic/dialect';
import type { Warehouse } from '../warehouse/warehouse';
import { addDays } from '../semantic/periods';
import type { PeriodRanges } from './explore-period';
import { asNumber, asText, has, runPlan } from './plan-rows';
import type { DailySales, WeeklySales } from './sales-events';

type Measure = ProductDetail['measures'][number];
type SalesPoint = ProductDetail['sales'][number];

/** The plan filter that keeps one product, typed as its dimension stores ids. */
export const productFilter = (model: SemanticModel, productId: string): PlanFilter => {
  const key = has(model, 'dimension', 'product_id') ? 'product_id' : 'product';
  const def = model.dimensions.find((dimension) => dimension.id === key);
  const numeric = def?.kind === 'categorical' && def.valueType === 'number';
  return { dimension: key, operator: 'equals', values: [numeric ? Number(productId) : productId] };
};

/** Weekly sales (with returns and the average price) and daily units, all time, for one product. */
export const readProductSales = async (
  warehouse: Warehouse,
  model: SemanticModel,
  productId: string,
): Promise<{ weekly: SalesPoint[]; daily: DailySales[] }> => {
  const filter = productFilter(model, productId);
  const measures = ['revenue', 'units', 'returned_units'].filter((id) => has(model, 'measure', id));
  const [weeks, days] = await Promise.all([
    runPlan(warehouse, model, {
      intent: 'trend',
      measures,
      dimensions: [{ id: 'date', grain: 'week' }],
      filters: [filter],
    }),
    runPlan(warehouse, model, {
      intent: 'trend',
      measures: measures.filter((id) => id !== 'returned_units'),
      dimensions: [{ id: 'date', grain: 'day' }],
      filters: [filter],
    }),
  ]);
  const weekly = weeks.flatMap((row) => {
    const week = asText(row['date'])?.slice(0, 10);
    if (week === undefined) return [];
    const revenue = asNumber(row['revenue']) ?? 0;
    const units = asNumber(row['units']) ?? 0;
    return [
      {
        week,
        revenue,
        units,
        returned: asNumber(row['returned_units']) ?? 0,
        price: units > 0 ? revenue / units : null,
      },
    ];
  });
  const daily = days.flatMap((row) => {
    const day = asText(row['date'])?.slice(0, 10);
    return day === undefined
      ? []
      : [{ day, units: asNumber(row['units']) ?? 0, revenue: asNumber(row['revenue']) ?? 0 }];
  });
  return {
    weekly: weekly.sort((a, b) => a.week.localeCompare(b.week)),
    daily: daily.sort((a, b) => a.day.localeCompare(b.day)),
  };
};

/** Every week from the first to the last, weeks that sold nothing as zeros: a stock-out shows as a gap, not a skipped week. */
export const fillWeeks = (weekly: SalesPoint[]): SalesPoint[] => {
  const sorted = [...weekly].sort((a, b) => a.week.localeCompare(b.week));
  const first = sorted[0]?.week;
  const last = sorted.at(-1)?.week;
  if (first === undefined || last === undefined) return [];
  const byWeek = new Map(sorted.map((point) => [point.week, point]));
  const filled: SalesPoint[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) {
    filled.push(byWeek.get(week) ?? { week, revenue: 0, units: 0, returned: 0, price: null });
  }
  return filled;
};

export const weeklyForPromotions = (weekly: SalesPoint[]): WeeklySales[] =>
  weekly.map((point) => ({ week: point.week, units: point.units, revenue: point.revenue }));

const MEASURE_LABELS: Record<string, { label: string; format: Measure['format'] }> = {
  revenue: { label: 'Revenue', format: 'currency' },
  units: { label: 'Units sold', format: 'number' },
  orders: { label: 'Orders', format: 'number' },
  return_rate: { label: 'Return rate', format: 'percent' },
};

/** Sales measures for the period against the same period a year earlier, plus the average selling price. */
export const readProductMeasures = async (
  warehouse: Warehouse,
  model: SemanticModel,
  productId: string,
  ranges: PeriodRanges,
): Promise<Measure[]> => {
  const measures = Object.keys(MEASURE_LABELS).filter((id) => has(model, 'measure', id));
  const [row] = await runPlan(warehouse, model, {
    intent: 'compare',
    measures,
    filters: [productFilter(model, productId)],
    timeRange: ranges.current,
    comparison: 'same_period_last_year',
  });
  const result: Measure[] = measures.map((id) => ({
    id,
    label: MEASURE_LABELS[id]?.label ?? id,
    format: MEASURE_LABELS[id]?.format ?? 'number',
    value: asNumber(row?.[id]),
    previous: asNumber(row?.[`${id}_previous`]),
  }));
  const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
    a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b;
  const revenue = result.find((measure) => measure.id === 'revenue');
  const units = result.find((measure) => measure.id === 'units');
  if (revenue && units) {
    result.splice(2, 0, {
      id: 'average_price',
      label: 'Average selling price',
      format: 'currency',
      value: ratio(revenue.value, units.value),
      previous: ratio(revenue.previous, units.previous),
    });
  }
  return result;
};

const HEX_BY_COLOUR = new Map(colours.map((colour) => [colour.name.toLowerCase(), colour.hex]));

/** Every stored view of the product, and the colours they show. Empty when the source has no images table. */
export const readProductImages = async (
  warehouse: Warehouse,
  model: SemanticModel,
  productId: string,
): Promise<Pick<ProductDetail, 'images' | 'swatches'>> => {
  const products = model.tables.find((table) => table.id === 'products');
  const tables = new Set((await warehouse.listTables()).map((table) => table.name.toLowerCase()));
  if (!products || !tables.has('product_images')) return { images: [], swatches: [] };
  const table = quoteTablePath(warehouse.dialect, [...products.path.slice(0, -1), 'product_images']);
  const marker = warehouse.dialect === 'bigquery' ? '@product_id' : '$product_id';
  // Compared as text, so an INT64 or a STRING product_id column both match (BigQuery will not coerce).
  const { rows } = await warehouse.query(
    `SELECT uri, view, dominant_colour FROM ${table} WHERE CAST(product_id AS STRING) = ${marker} ORDER BY CASE view WHEN 'front' THEN 1 WHEN 'back' THEN 2 ELSE 3 END, uri`,
    { params: { product_id: productId } },
  );
  const images = rows.flatMap(([uri, view, colour]) => {
    const location = asText(uri);
    return location === null ? [] : [{ uri: location, view: asText(view), colour: asText(colour) }];
  });
  const names = [...new Set(images.flatMap((image) => (image.colour === null ? [] : [image.colour])))];
  return { images, swatches: names.map((name) => ({ name, hex: HEX_BY_COLOUR.get(name.toLowerCase()) ?? null })) };
};
