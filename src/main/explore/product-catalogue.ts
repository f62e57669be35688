import type { SemanticModel } from '../semantic';
import { quoteTablePath } from '../semantic/dialect';
import type { Warehouse } from '../warehouse/warehouse';
import { asNumber, asText, has, runPlan } from './plan-rows';
import { sparklineMonths, type PeriodRanges } from './explore-period';

/** One product with its sales in the period: the grid's raw material, before reviews join it. */
export interface CatalogueProduct {
  id: string;
  name: string;
  category: string | null;
  department: string | null;
  brand: string | null;
  price: number | null;
  imageUri: string | null;
  revenue: number;
  units: number;
  previousRevenue: number | null;
  sparkline: number[];
  returned: number | null;
  nonCancelled: number | null;
}

/** The theLook-schema table beside the model's `products` table, when the source has it. */
const siblingTable = (model: SemanticModel, dialect: Warehouse['dialect'], name: string): string | null => {
  const products = model.tables.find((table) => table.id === 'products');
  if (!products) return null;
  return quoteTablePath(dialect, [...products.path.slice(0, -1), name]);
};

const tableNames = async (warehouse: Warehouse): Promise<Set<string>> =>
  new Set((await warehouse.listTables()).map((table) => table.name.toLowerCase()));

interface Attributes {
  name: string;
  category: string | null;
  department: string | null;
  brand: string | null;
  price: number | null;
}

/** Names, categories, brands and list prices: from the products table when there is one, else from sales. */
const readAttributes = async (
  warehouse: Warehouse,
  model: SemanticModel,
  tables: Set<string>,
): Promise<Map<string, Attributes>> => {
  const attributes = new Map<string, Attributes>();
  const productsTable = siblingTable(model, warehouse.dialect, 'products');
  if (productsTable && tables.has('products')) {
    const { rows } = await warehouse.query(
      `SELECT id, name, category, department, brand, retail_price FROM ${productsTable}`,
    );
    for (const [id, name, category, department, brand, price] of rows) {
      const key = asText(id);
      if (key === null) continue;
      attributes.set(key, {
        name: asText(name) ?? `Product ${key}`,
        category: asText(category),
        department: asText(department),
        brand: asText(brand),
        price: asNumber(price),
      });
    }
    return attributes;
  }
  const dimensions = ['product_id', 'product', 'category', 'department', 'brand'].filter((id) =>
    has(model, 'dimension', id),
  );
  if (!dimensions.includes('product_id') && !dimensions.includes('product')) return attributes;
  const measure = has(model, 'measure', 'units') ? 'units' : (model.measures[0]?.id ?? 'revenue');
  const rows = await runPlan(warehouse, model, {
    intent: 'breakdown',
    measures: [measure],
    dimensions: dimensions.map((id) => ({ id, grain: null })),
  });
  for (const row of rows) {
    const key = asText(row['product_id'] ?? row['product']);
    if (key === null || attributes.has(key)) continue;
    attributes.set(key, {
      name: asText(row['product']) ?? `Product ${key}`,
      category: asText(row['category']),
      department: asText(row['department']),
      brand: asText(row['brand']),
      price: null,
    });
  }
  return attributes;
};

const readFrontImages = async (
  warehouse: Warehouse,
  model: SemanticModel,
  tables: Set<string>,
): Promise<Map<string, string>> => {
  const images = new Map<string, string>();
  const table = siblingTable(model, warehouse.dialect, 'product_images');
  if (!table || !tables.has('product_images')) return images;
  const { rows } = await warehouse.query(`SELECT product_id, uri, view FROM ${table}`);
  for (const [productId, uri, view] of rows) {
    const key = asText(productId);
    const location = asText(uri);
    if (key === null || location === null) continue;
    // The front view when there is one, else the first view seen.
    if (view === 'front' || !images.has(key)) images.set(key, location);
  }
  return images;
};

/**
 * Every product of the source with its sales in the period, the same period a year earlier,
 * its monthly revenue for a sparkline and its returns, read with the semantic model (so it
 * works on any source with a product dimension) in three grouped queries.
 */
export const loadCatalogue = async (
  warehouse: Warehouse,
  model: SemanticModel,
  ranges: PeriodRanges,
): Promise<CatalogueProduct[]> => {
  const key = has(model, 'dimension', 'product_id') ? 'product_id' : 'product';
  const tables = await tableNames(warehouse);
  const measures = ['revenue', 'units', 'returned_units', 'non_cancelled_units'].filter((id) =>
    has(model, 'measure', id),
  );
  const [attributes, images, period, spark] = await Promise.all([
    readAttributes(warehouse, model, tables),
    readFrontImages(warehouse, model, tables),
    runPlan(warehouse, model, {
      intent: 'compare',
      measures,
      dimensions: [{ id: key, grain: null }],
      timeRange: ranges.current,
      comparison: 'same_period_last_year',
    }),
    has(model, 'measure', 'revenue')
      ? runPlan(warehouse, model, {
          intent: 'trend',
          measures: ['revenue'],
          dimensions: [
            { id: key, grain: null },
            { id: 'date', grain: 'month' },
          ],
          timeRange: ranges.sparkline,
        })
      : Promise.resolve([]),
  ]);
  const months = sparklineMonths(ranges.sparkline);
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const sparklines = new Map<string, number[]>();
  for (const row of spark) {
    const id = asText(row[key]);
    const month = asText(row['date'])?.slice(0, 10);
    const slot = month === undefined ? undefined : monthIndex.get(month);
    if (id === null || slot === undefined) continue;
    const line = sparklines.get(id) ?? months.map(() => 0);
    line[slot] = asNumber(row['revenue']) ?? 0;
    sparklines.set(id, line);
  }
  const sales = new Map(period.map((row) => [asText(row[key]) ?? '', row]));
  const ids = new Set([...attributes.keys(), ...sales.keys()].filter((id) => id !== ''));
  return [...ids].map((id) => {
    const row = sales.get(id);
    const about = attributes.get(id);
    return {
      id,
      name: about?.name ?? `Product ${id}`,
      category: about?.category ?? null,
      department: about?.department ?? null,
      brand: about?.brand ?? null,
      price: about?.price ?? null,
      imageUri: images.get(id) ?? null,
      revenue: asNumber(row?.['revenue']) ?? 0,
      units: asNumber(row?.['units']) ?? 0,
      previousRevenue: asNumber(row?.['revenue_previous']),
      sparkline: sparklines.get(id) ?? months.map(() => 0),
      returned: measures.includes('returned_units') ? (asNumber(row?.['returned_units']) ?? 0) : null,
      nonCancelled: measures.includes('non_cancelled_units') ? (asNumber(row?.['non_cancelled_units']) ?? 0) : null,
    };
  });
};
