import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportConcept, ImportMapping } from '../../shared/contract/import';
import type { KeptColumn } from './load-plan';

export interface NoteInput {
  concepts: readonly ImportConcept[];
  mapping: ImportMapping;
  revenueComputed: boolean;
  cancellationPrefix: boolean;
  kept: readonly KeptColumn[];
  /** Kept columns that were given a type (a number, a date) because every value fitted. */
  retyped: ReadonlyMap<string, string>;
  /** Sentences decided before the load: dialect, encoding, how dates were read. */
  before: readonly string[];
  rowsRejected: number;
  customerIdsHadDecimals: boolean;
}

export interface SalesFacts {
  rows: number;
  firstDate: string | null;
  lastDate: string | null;
}

const count = (value: number): string => value.toLocaleString('en-US');
/** The sentence for one or for many, with # replaced by the count. */
const say = (value: number, one: string, many: string): string => (value === 1 ? one : many).replace('#', count(value));

const typeWords = (type: string): string => {
  if (type === 'BIGINT' || type === 'DOUBLE') return 'numbers';
  if (type === 'BOOLEAN') return 'true/false';
  return 'dates';
};

const orderWord = (column: string | undefined): string => {
  const name = (column ?? '').toLowerCase();
  if (name.includes('invoice')) return 'invoice';
  if (name.includes('receipt')) return 'receipt';
  if (name.includes('transaction')) return 'transaction';
  return 'order';
};

const numberOf = (row: Record<string, unknown>, key: string): number => Number(row[key] ?? 0);

/**
 * What Aisle noticed in the loaded rows and did about it, as sentences a merchandiser can
 * read: counts of cancellations, missing customers, zero prices, non-product lines, rejects.
 */
export const importNotes = async (
  connection: DuckDBConnection,
  input: NoteInput,
): Promise<{ notes: string[]; facts: SalesFacts }> => {
  const has = new Set(input.concepts);
  const prefix = has.has('order_id') && input.cancellationPrefix ? `regexp_matches(order_id, '^[Cc][0-9]')` : 'FALSE';
  const measures = [
    'count(*)::DOUBLE AS rows',
    `count(*) FILTER (is_cancellation AND ${prefix})::DOUBLE AS prefixed`,
    has.has('quantity')
      ? `count(*) FILTER (is_cancellation AND ${prefix} AND quantity < 0)::DOUBLE AS prefixed_negative`
      : '0 AS prefixed_negative',
    `count(*) FILTER (is_cancellation AND NOT ${prefix})::DOUBLE AS negative_lines`,
    has.has('quantity')
      ? 'count(*) FILTER (quantity < 0 AND NOT is_cancellation)::DOUBLE AS write_offs'
      : '0 AS write_offs',
    has.has('customer_id') ? 'count(*) FILTER (customer_id IS NULL)::DOUBLE AS no_customer' : '0 AS no_customer',
    'count(*) FILTER (is_zero_price)::DOUBLE AS zero_price',
    has.has('unit_price') ? 'count(*) FILTER (unit_price < 0)::DOUBLE AS negative_price' : '0 AS negative_price',
    'count(*) FILTER (is_non_product)::DOUBLE AS non_product',
    has.has('date') ? 'count(*) FILTER (date IS NULL)::DOUBLE AS no_date' : '0 AS no_date',
    has.has('date') ? "strftime(min(date), '%Y-%m-%d') AS first_date" : 'NULL AS first_date',
    has.has('date') ? "strftime(max(date), '%Y-%m-%d') AS last_date" : 'NULL AS last_date',
  ];
  const reader = await connection.runAndReadAll(`SELECT ${measures.join(', ')} FROM sales`);
  const row = (reader.getRowObjectsJson()[0] ?? {}) as Record<string, unknown>;
  const n = (key: string) => numberOf(row, key);
  const facts: SalesFacts = {
    rows: n('rows'),
    firstDate: typeof row['first_date'] === 'string' ? row['first_date'] : null,
    lastDate: typeof row['last_date'] === 'string' ? row['last_date'] : null,
  };

  const notes = [...input.before];
  if (facts.firstDate !== null && facts.lastDate !== null) {
    notes.push(`The sales run from ${facts.firstDate} to ${facts.lastDate}.`);
  }
  const prefixed = n('prefixed');
  if (prefixed > 0) {
    const word = orderWord(input.mapping.order_id);
    notes.push(
      n('prefixed_negative') === prefixed
        ? say(
            prefixed,
            `# cancellation line (an ${word} number starting with C) was loaded with its negative quantity, so revenue nets it out.`,
            `# cancellation lines (${word} numbers starting with C) were loaded with negative quantities, so revenue nets them out.`,
          )
        : say(
            prefixed,
            `# cancellation line (an ${word} number starting with C) was loaded and flagged is_cancellation.`,
            `# cancellation lines (${word} numbers starting with C) were loaded and flagged is_cancellation.`,
          ),
    );
  }
  if (n('negative_lines') > 0) {
    const what = has.has('quantity') ? 'a negative quantity and a price' : 'negative revenue';
    notes.push(
      say(
        n('negative_lines'),
        `# line with ${what} (a return or cancellation) was loaded and flagged is_cancellation, so revenue nets it out.`,
        `# lines with ${what} (returns or cancellations) were loaded and flagged is_cancellation, so revenue nets them out.`,
      ),
    );
  }
  if (n('write_offs') > 0) {
    notes.push(
      say(
        n('write_offs'),
        '# line has a negative quantity but no price (a stock write-off or correction, not a sale); it was loaded and adds nothing to revenue.',
        '# lines have a negative quantity but no price (stock write-offs and corrections, not sales); they were loaded and add nothing to revenue.',
      ),
    );
  }
  if (n('no_customer') > 0) {
    notes.push(
      say(
        n('no_customer'),
        '# line has no customer id; it was loaded with an empty customer, so it counts in sales but not in customer counts.',
        '# lines have no customer id; they were loaded with an empty customer, so they count in sales but not in customer counts.',
      ),
    );
  }
  if (input.customerIdsHadDecimals) {
    notes.push('Customer ids written with a decimal part (17850.0) were stored without it (17850).');
  }
  if (n('zero_price') > 0) {
    const negative = n('negative_price') > 0 ? ` (${count(n('negative_price'))} below zero)` : '';
    const what = has.has('unit_price') ? `a unit price of zero or less${negative}` : 'no revenue';
    notes.push(
      say(
        n('zero_price'),
        `# line has ${what}; it was loaded and flagged is_zero_price, so price analyses can leave it out.`,
        `# lines have ${what}; they were loaded and flagged is_zero_price, so price analyses can leave them out.`,
      ),
    );
  }
  if (n('non_product') > 0) {
    const top = await topNonProducts(connection, has);
    const kinds = `postage, fees, manual corrections, discounts, samples, gift vouchers${top}`;
    notes.push(
      say(
        n('non_product'),
        `# line is not merchandise (${kinds}); it was loaded and flagged is_non_product, so product rankings can leave it out.`,
        `# lines are not merchandise (${kinds}); they were loaded and flagged is_non_product, so product rankings can leave them out.`,
      ),
    );
  }
  if (n('no_date') > 0) {
    notes.push(
      say(
        n('no_date'),
        '# line has no date; it was loaded but does not appear in anything over time.',
        '# lines have no date; they were loaded but do not appear in anything over time.',
      ),
    );
  }
  if (input.revenueComputed) {
    notes.push('The file has no revenue column, so line revenue is quantity × unit price.');
  }
  if (input.kept.length > 0) {
    const described = input.kept.map((column) => {
      const type = input.retyped.get(column.name);
      const renamed = column.name === column.from ? column.name : `${column.from} as ${column.name}`;
      return type === undefined ? renamed : `${renamed} (${typeWords(type)})`;
    });
    notes.push(`Columns not mapped to a concept were kept: ${described.join(', ')}.`);
  }
  if (input.rowsRejected > 0) {
    notes.push(
      say(
        input.rowsRejected,
        '# row could not be read and was left out; it is listed with its line number and the reason.',
        '# rows could not be read and were left out; each is listed with its line number and the reason.',
      ),
    );
  }
  return { notes, facts };
};

const topNonProducts = async (connection: DuckDBConnection, has: ReadonlySet<ImportConcept>): Promise<string> => {
  const key = has.has('product_id') ? 'product_id' : has.has('product_name') ? 'product_name' : null;
  if (key === null) return '';
  const reader = await connection.runAndReadAll(
    `SELECT ${key} AS code, count(*)::DOUBLE AS n FROM sales WHERE is_non_product GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
  );
  const rows = reader.getRowObjectsJson() as Array<{ code: string | null; n: number }>;
  const shown = rows.filter((item) => item.code !== null).map((item) => `${item.code ?? ''} ×${count(item.n)}`);
  return shown.length === 0 ? '' : `; most common: ${shown.join(', ')}`;
};
