import type { DataSource } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import type { Core } from '../core/create-core';
import type { TableInfo } from '../warehouse/warehouse';
import { createCliCore } from './cli-core';

interface SourceReport extends DataSource {
  ready: boolean;
  /** Why the tables are not listed (not generated yet, not signed in); null when they are. */
  note: string | null;
  tables: Pick<TableInfo, 'name' | 'rowCount' | 'columns'>[];
}

const tablesOf = async (core: Core, source: DataSource): Promise<Omit<SourceReport, keyof DataSource>> => {
  if (source.id === 'demo' && !core.demo.exists()) {
    return { ready: false, note: 'not generated yet: run `aisle demo` (or any query) to build it', tables: [] };
  }
  if (source.kind === 'bigquery' && core.google.state().state !== 'signed-in') {
    return { ready: false, note: 'sign in with `aisle login` to list its tables', tables: [] };
  }
  try {
    const tables = await (await core.sources.warehouse(source.id)).listTables();
    return {
      ready: true,
      note: null,
      // Local warehouses keep Aisle's bookkeeping in other schemas; a BigQuery dataset is one schema.
      tables: tables
        .filter((table) => source.kind === 'bigquery' || table.schema === 'main')
        .map(({ name, rowCount, columns }) => ({ name, rowCount, columns })),
    };
  } catch (error) {
    if (!(error instanceof AisleError)) throw error;
    return { ready: false, note: error.message, tables: [] };
  }
};

/** `aisle sources [NAME]`: each data source with its tables and row counts. */
export const runSources = async (options: { json: boolean; source?: string }): Promise<void> => {
  const core = createCliCore();
  try {
    await core.google.auth.restore();
    const sources = options.source ? [core.sources.find(options.source)] : core.sources.list();
    const result: SourceReport[] = [];
    for (const source of sources) result.push({ ...source, ...(await tablesOf(core, source)) });
    // Asked about one source whose tables could not be listed: a script should see the failure.
    if (options.source && result.every((source) => !source.ready)) process.exitCode = 1;
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ sources: result })}\n`);
      return;
    }
    for (const source of result) {
      const money = source.currency === null ? 'currency not set' : source.currency;
      process.stdout.write(`${source.id}  ${source.name} (${source.kind}, ${money})\n`);
      if (source.note) process.stdout.write(`  ${source.note}\n`);
      for (const table of source.tables) {
        process.stdout.write(`  ${table.name.padEnd(22)}${table.rowCount.toLocaleString('en-US').padStart(12)} rows\n`);
      }
    }
  } finally {
    await core.stop();
  }
};
