// Daily series from the UCI Online Retail data (../shared/data/online-retail): total units
// and the 30 best-selling stock codes, one value per calendar day (0 when nothing sold;
// the shop is closed on Saturdays, so those zeros are real). About one year of data, so
// the yearly period cannot be modelled and the engine says so.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { NamedSeries } from './holdout';

const dayMs = 86_400_000;

export function loadOnlineRetailDaily(path: string, topItems = 30): { series: NamedSeries[] } | { reason: string } {
  if (!existsSync(path)) return { reason: `${path} not found.` };
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  const column = (name: string): number => header.indexOf(name);
  const [codeAt, quantityAt, dateAt, invoiceAt] = [
    column('StockCode'),
    column('Quantity'),
    column('InvoiceDate'),
    column('InvoiceNo'),
  ];
  const byItem = new Map<string, Map<number, number>>();
  const total = new Map<number, number>();
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const line of lines.slice(1)) {
    // Descriptions can hold quoted commas; the columns used here sit outside them, so
    // a light split on unquoted commas is enough.
    const cells =
      line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    const invoice = cells[invoiceAt] ?? '';
    const quantity = Number(cells[quantityAt]);
    const date = cells[dateAt] ?? '';
    if (invoice === '' || invoice.startsWith('C') || !Number.isFinite(quantity) || quantity <= 0 || date === '')
      continue;
    const day = Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / dayMs);
    if (!Number.isFinite(day)) continue;
    first = Math.min(first, day);
    last = Math.max(last, day);
    total.set(day, (total.get(day) ?? 0) + quantity);
    const code = cells[codeAt] ?? '';
    const item = byItem.get(code) ?? new Map<number, number>();
    item.set(day, (item.get(day) ?? 0) + quantity);
    byItem.set(code, item);
  }
  const toSeries = (name: string, values: Map<number, number>): NamedSeries => ({
    name,
    values: Array.from({ length: last - first + 1 }, (_, i) => values.get(first + i) ?? 0),
  });
  const itemTotals = [...byItem].map(([code, days]) => ({
    code,
    days,
    units: [...days.values()].reduce((a, b) => a + b, 0),
  }));
  itemTotals.sort((a, b) => b.units - a.units);
  const series = [
    toSeries('all units', total),
    ...itemTotals.slice(0, topItems).map((item) => toSeries(item.code, item.days)),
  ];
  return { series };
}
