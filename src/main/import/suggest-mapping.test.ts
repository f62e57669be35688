import { describe, expect, it } from 'vitest';
import { normaliseName } from './concept-synonyms';
import { suggestMapping } from './suggest-mapping';

/** Rows of a CSV snippet split on `delimiter` (the fixtures below have no quoted delimiters). */
const table = (text: string, delimiter = ',') => {
  const [header = '', ...lines] = text.trim().split('\n');
  return {
    columns: header.split(delimiter),
    rows: lines.map((line) => line.split(delimiter).map((value) => (value === '' ? null : value))),
  };
};

describe('suggestMapping', () => {
  it('maps the UCI Online Retail header completely', () => {
    const { columns, rows } = table(`
InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom
C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom
536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom`);
    const suggested = suggestMapping(columns, rows);
    expect(suggested.mapping).toEqual({
      order_id: 'InvoiceNo',
      date: 'InvoiceDate',
      product_id: 'StockCode',
      product_name: 'Description',
      quantity: 'Quantity',
      unit_price: 'UnitPrice',
      customer_id: 'CustomerID',
      region: 'Country',
    });
    expect(suggested.complete).toBe(true);
    expect(suggested.confidence.date).toBeGreaterThanOrEqual(0.9);
  });

  it('maps a Shopify orders export, leaving the order total and compare-at price alone', () => {
    const columns = [
      'Name',
      'Email',
      'Financial Status',
      'Paid at',
      'Fulfillment Status',
      'Fulfilled at',
      'Currency',
      'Subtotal',
      'Shipping',
      'Taxes',
      'Total',
      'Discount Code',
      'Discount Amount',
      'Created at',
      'Lineitem quantity',
      'Lineitem name',
      'Lineitem price',
      'Lineitem compare at price',
      'Lineitem sku',
      'Billing Name',
      'Billing Country',
      'Shipping Name',
      'Shipping Country',
      'Cancelled at',
      'Refunded Amount',
      'Vendor',
      'Id',
      'Source',
      'Lineitem discount',
      'Receipt Number',
    ];
    const row = (values: Record<string, string>) => columns.map((column) => values[column] ?? null);
    const rows = [
      row({
        Name: '#1001',
        Email: 'ann@example.com',
        'Paid at': '2024-03-05 14:22:10 -0500',
        Currency: 'USD',
        Subtotal: '73.00',
        Shipping: '5.00',
        Taxes: '5.84',
        Total: '83.84',
        'Created at': '2024-03-05 14:22:08 -0500',
        'Lineitem quantity': '2',
        'Lineitem name': 'Linen Shirt - M',
        'Lineitem price': '29.00',
        'Lineitem compare at price': '39.00',
        'Lineitem sku': 'LS-M-WHT',
        'Billing Country': 'US',
        'Shipping Country': 'US',
        Id: '5712345678901',
        Source: 'web',
      }),
      // Shopify repeats only the line item columns on an order's further lines.
      row({
        Name: '#1001',
        Email: 'ann@example.com',
        'Lineitem quantity': '1',
        'Lineitem name': 'Cotton Socks',
        'Lineitem price': '15.00',
        'Lineitem sku': 'SOCK-GRY',
      }),
      row({
        Name: '#1002',
        Email: 'bo@example.com',
        Subtotal: '24.00',
        Shipping: '5.00',
        Total: '30.92',
        'Created at': '2024-03-06 09:01:44 -0500',
        'Lineitem quantity': '1',
        'Lineitem name': 'Canvas Tote',
        'Lineitem price': '24.00',
        'Lineitem sku': 'TOTE-NAT',
        'Shipping Country': 'CA',
        Source: 'pos',
      }),
    ];
    const suggested = suggestMapping(columns, rows);
    expect(suggested.mapping).toEqual({
      order_id: 'Name',
      date: 'Created at',
      product_id: 'Lineitem sku',
      product_name: 'Lineitem name',
      quantity: 'Lineitem quantity',
      unit_price: 'Lineitem price',
      customer_id: 'Email',
      region: 'Shipping Country',
      channel: 'Source',
    });
    expect(suggested.complete).toBe(true);
  });

  it('maps a semicolon POS export with day-first dates and decimal commas', () => {
    const { columns, rows } = table(
      `
Receipt No;Date;Time;Store;Till;Item Code;Item Description;Department;Qty;Unit Price;Discount;Net Sales;Payment Type
R-000812;03/01/2024;10:15;Leeds Briggate;2;100234;Merino Socks;Accessories;2;3,50;0,00;7,00;Card
R-000813;25/01/2024;11:02;York Coney St;1;100871;Wool Beanie;Accessories;1;12,00;2,00;10,00;Cash
R-000814;13/02/2024;09:05;York Coney St;1;200114;Chunky Scarf;Accessories;1;19,99;0,00;19,99;Card`,
      ';',
    );
    const suggested = suggestMapping(columns, rows);
    expect(suggested.mapping).toEqual({
      order_id: 'Receipt No',
      date: 'Date',
      product_id: 'Item Code',
      product_name: 'Item Description',
      category: 'Department',
      quantity: 'Qty',
      unit_price: 'Unit Price',
      line_revenue: 'Net Sales',
      region: 'Store',
    });
  });

  it('maps a Superstore-style extract, preferring the order date to the ship date', () => {
    const { columns, rows } = table(`
Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country,City,State,Postal Code,Region,Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit
1,CA-2016-152156,11/8/2016,11/11/2016,Second Class,CG-12520,Claire Gute,Consumer,United States,Henderson,Kentucky,42420,South,FUR-BO-10001798,Furniture,Bookcases,Bush Somerset Collection Bookcase,261.96,2,0,41.9136
2,CA-2016-152156,11/8/2016,11/11/2016,Second Class,CG-12520,Claire Gute,Consumer,United States,Henderson,Kentucky,42420,South,FUR-CH-10000454,Furniture,Chairs,Hon Deluxe Fabric Upholstered Stacking Chairs,731.94,3,0,219.582
3,CA-2016-138688,6/12/2016,6/16/2016,Second Class,DV-13045,Darrin Van Huff,Corporate,United States,Los Angeles,California,90036,West,OFF-LA-10000240,Office Supplies,Labels,Self-Adhesive Address Labels,14.62,2,0,6.8714`);
    expect(suggestMapping(columns, rows).mapping).toEqual({
      order_id: 'Order ID',
      date: 'Order Date',
      product_id: 'Product ID',
      product_name: 'Product Name',
      category: 'Category',
      quantity: 'Quantity',
      line_revenue: 'Sales',
      customer_id: 'Customer ID',
      region: 'Country',
    });
  });

  it('checks values, not just names: a "date" of numbers or a text quantity is not suggested', () => {
    const { columns, rows } = table(`
date,qty,price,product
20240101,many,3.5,Socks
20240102,few,4.0,Hats`);
    const suggested = suggestMapping(columns, rows);
    expect(suggested.mapping).toEqual({ product_name: 'product', unit_price: 'price' });
    expect(suggested.complete).toBe(false);
  });

  it('keeps a weakly named total only when it is quantity × price', () => {
    const agreeing = table(`
Order,Date,Qty,Price,Total
1,2024-01-01,2,3.00,6.00
2,2024-01-02,1,4.50,4.50`);
    expect(suggestMapping(agreeing.columns, agreeing.rows).mapping.line_revenue).toBe('Total');
    const orderTotals = table(`
Order,Date,Qty,Price,Total
1,2024-01-01,2,3.00,16.00
1,2024-01-01,1,10.00,16.00`);
    expect(suggestMapping(orderTotals.columns, orderTotals.rows).mapping.line_revenue).toBeUndefined();
  });

  it('uses names alone for a file with a header but no rows', () => {
    expect(suggestMapping(['order_date', 'sku', 'units', 'line_total'], []).mapping).toEqual({
      date: 'order_date',
      product_id: 'sku',
      quantity: 'units',
      line_revenue: 'line_total',
    });
  });

  it('reads names in any case, with spaces, underscores or camel case', () => {
    expect(['InvoiceNo', 'invoice_no', 'Invoice No.', 'INVOICE-NO'].map(normaliseName)).toEqual([
      'invoice no',
      'invoice no',
      'invoice no',
      'invoice no',
    ]);
    expect(normaliseName('CustomerID')).toBe('customer id');
  });
});
