import type { ImportConcept } from '../../../../shared/contract';

/** How each concept reads in the mapping form. */
export const conceptLabels: Record<ImportConcept, { label: string; hint: string }> = {
  order_id: { label: 'Order id', hint: 'Invoice, receipt or transaction number' },
  date: { label: 'Date', hint: 'When the sale happened (required)' },
  product_id: { label: 'Product id', hint: 'SKU, stock or item code' },
  product_name: { label: 'Product name', hint: 'Name or description' },
  category: { label: 'Category', hint: 'Category, department or class' },
  quantity: { label: 'Quantity', hint: 'Units on the line' },
  unit_price: { label: 'Unit price', hint: 'Price of one unit' },
  line_revenue: { label: 'Line revenue', hint: 'Computed from quantity × price if absent' },
  customer_id: { label: 'Customer id', hint: 'Customer or account' },
  region: { label: 'Country / region / store', hint: 'Where the sale happened' },
  channel: { label: 'Channel', hint: 'Web, store, marketplace…' },
};
