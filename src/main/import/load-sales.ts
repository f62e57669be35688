import type { DuckDBConnection } from '@duckdb/node-api';
import { basename } from 'node:path';
import { mappedPairs, type ConceptColumns, type ImportMapping, type ImportReject } from '../../shared/contract/import';
import { AisleError } from '../core/aisle-error';
import { checkMapping } from './check-mapping';
import { collectRejects } from './collect-rejects';
import type { InspectedSource } from './inspect-source';
import { planLoad, type LoadPlan } from './load-plan';
import { resolveDateOrder } from './resolve-date-order';
import { suggestMapping } from './suggest-mapping';
import { watchProgress } from './watch-progress';

const MAX_REJECTS_LISTED = 100;

export interface LoadOutcome {
  plan: LoadPlan;
  mapping: ImportMapping;
  /** How dates were read, as sentences for the notes. */
  dateNotes: string[];
  rowsLoaded: number;
  rowsRejected: number;
  /** The first 100 rejected rows. */
  rejects: ImportReject[];
  customerIdsHadDecimals: boolean;
  cancellationPrefix: boolean;
}

export interface LoadInput {
  source: InspectedSource;
  /** The original file, for messages. */
  path: string;
  mapping: ConceptColumns | undefined;
  report: (stage: string, fraction: number) => void;
  throwIfAborted: () => void;
}

const examples = (rejects: readonly ImportReject[]): string =>
  rejects
    .slice(0, 3)
    .map((reject) => `line ${reject.row}: ${reject.reason}`)
    .join('; ');

/**
 * Checks the mapping, settles how dates are written, and creates `sales` from the file on
 * `connection` (inside the caller's transaction), collecting the rejected rows. Fails when
 * nothing loads or more than half the rows are rejected.
 */
export const loadSales = async (connection: DuckDBConnection, input: LoadInput): Promise<LoadOutcome> => {
  const { source, report } = input;
  const suggested = suggestMapping(
    source.columns.map((column) => column.name),
    source.rows,
  ).mapping;
  const checked = checkMapping(source, input.mapping, suggested);
  const dateNotes: string[] = [];
  let { dateFormat } = checked;
  if (dateFormat && checked.mapping.date !== undefined) {
    if (dateFormat.alternative) report('Checking how dates are written', 0.06);
    const resolved = await resolveDateOrder(connection, source, checked.mapping.date, dateFormat);
    dateFormat = resolved.format;
    dateNotes.push(resolved.note);
  }
  input.throwIfAborted();

  const plan = planLoad({ source, mapping: checked.mapping, dateFormat, rules: checked.rules });
  report('Loading rows', 0.1);
  if (plan.parquetRejects) await connection.run(`CREATE TEMP TABLE import_rejects AS ${plan.parquetRejects}`);
  const stop = await watchProgress(connection, (fraction) => report('Loading rows', 0.1 + 0.75 * fraction));
  try {
    await connection.run(plan.createSales);
  } finally {
    stop();
  }
  input.throwIfAborted();

  const conceptOf = new Map(mappedPairs(checked.mapping).map(([concept, column]) => [column, concept]));
  const collected = await collectRejects(connection, source, {
    conceptOf,
    dateLabel: dateFormat?.label ?? null,
    encoding: source.format === 'csv' ? source.encoding : 'utf-8',
  });
  const counted = await connection.runAndReadAll('SELECT count(*)::DOUBLE FROM sales');
  const rowsLoaded = Number(counted.getRows()[0]?.[0] ?? 0);
  const rowsRead = rowsLoaded + collected.count;
  const file = basename(input.path);
  if (rowsRead === 0) {
    throw new AisleError('invalid_input', `"${file}" has column names but no rows of data to import.`, {
      field: 'path',
    });
  }
  if (rowsLoaded === 0 || collected.count * 2 > rowsRead) {
    throw new AisleError(
      'invalid_input',
      `Aisle could not read ${collected.count.toLocaleString('en-US')} of the ${rowsRead.toLocaleString('en-US')} rows of "${file}" (more than half), so nothing was imported. For example, ${examples(collected.rejects)}. Check that the right columns are chosen for each concept, and that the file is a CSV export of sales lines.`,
      { field: 'path' },
    );
  }
  return {
    plan,
    mapping: checked.mapping,
    dateNotes,
    rowsLoaded,
    rowsRejected: collected.count,
    rejects: collected.rejects.slice(0, MAX_REJECTS_LISTED),
    customerIdsHadDecimals: checked.customerIdsHadDecimals,
    cancellationPrefix: checked.rules.cancellationPrefix,
  };
};
