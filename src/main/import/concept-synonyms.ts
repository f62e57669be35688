import type { ImportConcept } from '../../shared/contract/import';

export interface ConceptNames {
  /** Column names that surely mean the concept, written as normalised words ("invoice no"). */
  strong: readonly string[];
  /** Names that often mean it but are vaguer ("total" may be an order total). */
  weak: readonly string[];
  /** Words that make a match wrong: "compare at price" is not the price paid. */
  not: readonly string[];
}

/**
 * Column names seen in real exports (UCI Online Retail, Shopify, WooCommerce, POS systems,
 * ERP extracts) for each concept. Names are compared as lower-case words, so "InvoiceNo",
 * "invoice_no" and "Invoice No." are all "invoice no".
 */
export const conceptNames: Readonly<Record<ImportConcept, ConceptNames>> = {
  order_id: {
    strong: [
      'invoice no',
      'invoice number',
      'invoice id',
      'invoice',
      'order id',
      'order number',
      'order no',
      'order',
      'transaction id',
      'transaction number',
      'transaction no',
      'receipt no',
      'receipt number',
      'receipt id',
      'receipt',
      'ticket no',
      'ticket number',
      'sales order',
      'bill no',
    ],
    weak: ['transaction', 'ticket', 'basket id', 'document no'],
    not: ['date', 'time', 'line', 'status', 'total', 'amount', 'count'],
  },
  date: {
    strong: [
      'invoice date',
      'date',
      'order date',
      'created at',
      'timestamp',
      'datetime',
      'date time',
      'transaction date',
      'sale date',
      'sales date',
      'purchase date',
      'order created at',
      'ordered at',
      'placed at',
      'date of sale',
    ],
    weak: ['created', 'time', 'day', 'paid at', 'processed at', 'period'],
    not: [
      'cancelled',
      'canceled',
      'fulfilled',
      'shipped',
      'refunded',
      'returned',
      'due',
      'birth',
      'updated',
      'delivery',
      'ship',
      'expiry',
    ],
  },
  product_id: {
    strong: [
      'stock code',
      'sku',
      'product id',
      'product code',
      'item code',
      'item id',
      'item number',
      'item no',
      'article number',
      'article no',
      'article id',
      'barcode',
      'ean',
      'upc',
      'plu',
      'variant sku',
      'product sku',
      'style code',
    ],
    weak: ['article', 'code', 'variant id', 'style'],
    not: ['name', 'description', 'title', 'category', 'price', 'quantity', 'qty'],
  },
  product_name: {
    strong: [
      'description',
      'product',
      'product name',
      'item',
      'item name',
      'item description',
      'product description',
      'product title',
      'lineitem name',
      'article name',
    ],
    weak: ['title', 'name', 'article description'],
    not: [
      'id',
      'code',
      'sku',
      'no',
      'number',
      'category',
      'type',
      'price',
      'quantity',
      'qty',
      'billing',
      'shipping',
      'customer',
    ],
  },
  category: {
    strong: [
      'category',
      'department',
      'class',
      'product category',
      'product type',
      'product class',
      'product group',
      'item category',
      'merchandise category',
      'division',
      'subcategory',
      'sub category',
    ],
    weak: ['group', 'type', 'family', 'segment'],
    not: ['customer', 'price', 'id'],
  },
  quantity: {
    strong: ['quantity', 'qty', 'units', 'units sold', 'quantity sold', 'qty sold', 'unit count', 'pieces'],
    weak: ['count', 'pcs', 'volume'],
    not: ['refunded', 'returned', 'price', 'amount', 'fulfillable'],
  },
  unit_price: {
    strong: [
      'unit price',
      'price',
      'price each',
      'item price',
      'selling price',
      'sale price',
      'sales price',
      'retail price',
      'price paid',
      'unit selling price',
    ],
    weak: ['rate', 'each'],
    not: ['compare', 'cost', 'discount', 'shipping', 'tax', 'total', 'list', 'original', 'msrp'],
  },
  line_revenue: {
    strong: [
      'revenue',
      'line revenue',
      'line total',
      'line amount',
      'line value',
      'sales',
      'net sales',
      'gross sales',
      'sales amount',
      'sales value',
      'total price',
      'extended price',
      'line net',
      'item total',
      'turnover',
    ],
    weak: ['amount', 'total', 'value', 'net amount', 'gross amount', 'subtotal'],
    not: ['discount', 'tax', 'shipping', 'refunded', 'outstanding', 'tip', 'duties', 'quantity', 'qty'],
  },
  customer_id: {
    strong: [
      'customer id',
      'customer',
      'customer no',
      'customer number',
      'customer code',
      'client',
      'client id',
      'client no',
      'account id',
      'account number',
      'member id',
      'loyalty id',
      'user id',
    ],
    weak: ['email', 'customer email', 'buyer', 'account', 'member'],
    not: ['name', 'type', 'segment', 'since', 'country', 'city'],
  },
  region: {
    strong: [
      'country',
      'region',
      'store',
      'state',
      'store name',
      'store id',
      'store no',
      'shop',
      'branch',
      'location',
      'province',
      'territory',
      'market',
      'shipping country',
    ],
    weak: ['city', 'area', 'site', 'outlet', 'billing country', 'shipping province', 'billing province', 'zone'],
    not: ['currency', 'tax', 'postal', 'zip', 'phone'],
  },
  channel: {
    strong: ['channel', 'sales channel', 'order channel', 'source', 'order source', 'platform'],
    weak: ['medium', 'origin', 'marketplace', 'source name'],
    not: ['id', 'code'],
  },
};

/** "InvoiceNo" -> "invoice no", "Unit_Price" -> "unit price", "Lineitem SKU" -> "lineitem sku". */
export const normaliseName = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
