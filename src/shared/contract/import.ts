import { z } from 'zod';
import { SourceCurrency } from './currency';
import { DataSource } from './sources';

/** The retail concepts a column of an imported file can be mapped onto, in the order the UI lists them. */
export const importConcepts = [
  'order_id',
  'date',
  'product_id',
  'product_name',
  'category',
  'quantity',
  'unit_price',
  'line_revenue',
  'customer_id',
  'region',
  'channel',
] as const;

export const ImportConcept = z
  .enum(importConcepts)
  .describe('A retail concept a column can hold: an order id, a date, a product, a quantity, a price, …');
export type ImportConcept = z.infer<typeof ImportConcept>;

/** The concepts that carry money or units: a mapping needs at least one of them. */
export const measureConcepts = ['quantity', 'unit_price', 'line_revenue'] as const satisfies readonly ImportConcept[];

const column = (meaning: string) => z.string().trim().min(1, 'Choose a column or leave it unmapped.').describe(meaning);

/** Concept -> column name in the file, for the concepts the file has; no rule beyond that. */
export const ConceptColumns = z
  .object({
    order_id: column('Order, invoice, receipt or transaction id; lines with the same id form one order.').optional(),
    date: column('When the sale happened: a date or a date and time.').optional(),
    product_id: column('Product code: SKU, stock code, item code, barcode.').optional(),
    product_name: column('Product name or description.').optional(),
    category: column('Product category, department or class.').optional(),
    quantity: column('Units sold on the line; negative for returns and cancellations.').optional(),
    unit_price: column('Price of one unit.').optional(),
    line_revenue: column(
      'Revenue of the line (quantity × unit price, after discounts). Computed from quantity and unit price when not mapped.',
    ).optional(),
    customer_id: column('Customer id, account number or e-mail.').optional(),
    region: column('Where the sale happened: country, region, state or store.').optional(),
    channel: column('Sales channel: web, store, marketplace, app, …').optional(),
  })
  .strict()
  .describe('Which column of the file holds each retail concept.');
export type ConceptColumns = z.infer<typeof ConceptColumns>;

/** Every mapped (concept, column) pair, in concept order. */
export const mappedPairs = (mapping: ConceptColumns): Array<[ImportConcept, string]> =>
  importConcepts.flatMap((concept) => {
    const name = mapping[concept];
    return name === undefined ? [] : [[concept, name] as [ImportConcept, string]];
  });

/** A mapping an import can run with: a date, something to measure, and no column used twice. */
export const ImportMapping = ConceptColumns.superRefine((mapping, context) => {
  if (mapping.date === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['date'],
      message: 'Choose the column that holds the date of each sale.',
    });
  }
  if (measureConcepts.every((concept) => mapping[concept] === undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['quantity'],
      message: 'Choose at least one of quantity, unit price or line revenue, so there is something to measure.',
    });
  }
  const seen = new Map<string, ImportConcept>();
  for (const [concept, name] of mappedPairs(mapping)) {
    const first = seen.get(name);
    if (first === undefined) seen.set(name, concept);
    else {
      context.addIssue({
        code: 'custom',
        path: [concept],
        message: `The column "${name}" is already used for ${first.replace('_', ' ')}; a column can hold one concept only.`,
      });
    }
  }
}).describe('Which column holds each concept: a date and one of quantity, unit price or line revenue are required.');
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ImportFormat = z.enum(['csv', 'parquet']).describe('The file format, detected from the content.');
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ImportColumnKind = z
  .enum(['text', 'number', 'date', 'boolean'])
  .describe('What the values of a column look like, in plain words.');
export type ImportColumnKind = z.infer<typeof ImportColumnKind>;

export const ImportColumn = z
  .object({
    name: z.string().describe('The column name as the file has it (or column0, column1, … without a header).'),
    type: z.string().describe('The detected DuckDB type: VARCHAR, BIGINT, DOUBLE, DATE, TIMESTAMP, BOOLEAN, …'),
    kind: ImportColumnKind,
    dateFormat: z
      .string()
      .nullable()
      .describe(
        'How the dates of a text column are written, e.g. "DD/MM/YYYY HH:MM"; null for other columns and for dates the file types itself (Parquet).',
      ),
    samples: z.array(z.string()).max(5).describe('Up to 5 different values from the first rows, as written.'),
  })
  .describe('One column of the file, as detected.');
export type ImportColumn = z.infer<typeof ImportColumn>;

export const ImportCell = z.string().nullable().describe('A value as written in the file; null when empty.');

export const SuggestedMapping = z
  .object({
    mapping: ConceptColumns,
    confidence: z
      .partialRecord(ImportConcept, z.number().min(0).max(1))
      .describe('How sure the suggestion is for each mapped concept, 0..1.'),
    complete: z.boolean().describe('Whether the suggestion is enough to import as it is (a date and a measure).'),
  })
  .describe('The mapping Aisle suggests from column names and values; the person confirms or changes it.');
export type SuggestedMapping = z.infer<typeof SuggestedMapping>;

export const ImportPreview = z
  .object({
    path: z.string(),
    format: ImportFormat,
    compression: z.enum(['none', 'gzip']).describe('Whether the file is gzip-compressed (.csv.gz).'),
    delimiter: z.string().nullable().describe('The column separator of a CSV file; null for Parquet.'),
    hasHeader: z.boolean().nullable().describe('Whether the first line of a CSV file holds column names.'),
    encoding: z.string().describe('The text encoding used to read the file: utf-8, latin-1 or utf-16.'),
    encodingNotes: z.array(z.string()).describe('Sentences about the encoding, e.g. a byte-order mark.'),
    columns: z.array(ImportColumn),
    rows: z.array(z.array(ImportCell)).max(20).describe('The first rows, as written.'),
    suggested: SuggestedMapping,
    warnings: z.array(z.string()).describe('Things to check before importing, as sentences.'),
  })
  .describe('What Aisle found in a file before importing it.');
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportReject = z
  .object({
    row: z
      .number()
      .int()
      .min(1)
      .describe('CSV: the line number in the file, the header being line 1. Parquet: the row number, from 1.'),
    reason: z.string().describe('Why the row was left out, in words.'),
  })
  .describe('A row that could not be read or typed and was left out.');
export type ImportReject = z.infer<typeof ImportReject>;

export const ImportResult = z
  .object({
    source: DataSource,
    rowsRead: z.number().int().min(0).describe('Rows found in the file (loaded + rejected).'),
    rowsLoaded: z.number().int().min(0),
    rowsRejected: z.number().int().min(0),
    mapping: ImportMapping.describe('The mapping the import used (concept -> column of the file).'),
    notes: z.array(z.string()).describe('What Aisle noticed and did, as sentences with counts.'),
    rejects: z.array(ImportReject).max(100).describe('The first 100 rejected rows.'),
    table: z.string().describe('The table holding the imported rows (always "sales").'),
    path: z.string().describe('The DuckDB file of the new source.'),
    elapsedMs: z.number().min(0),
  })
  .describe('What an import did.');
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportPreviewInput = z
  .object({ path: z.string().trim().min(1, 'Choose a file to import.').describe('The file to look at.') })
  .strict();
export type ImportPreviewInput = z.infer<typeof ImportPreviewInput>;

export const ImportRunInput = z
  .object({
    path: z.string().trim().min(1, 'Choose a file to import.').describe('The file to import.'),
    name: z
      .string()
      .trim()
      .min(1, 'Give the new data source a name.')
      .max(60, 'Use a name of at most 60 characters.')
      .describe('The display name of the new data source.'),
    mapping: ImportMapping.optional().describe('The confirmed mapping; the suggested one when omitted.'),
    currency: SourceCurrency.default(null).describe(
      'The ISO 4217 code the file’s prices and revenue are in; null or omitted when not known (plain numbers).',
    ),
  })
  .strict();
export type ImportRunInput = z.infer<typeof ImportRunInput>;
