import { createCliCore } from './cli-core';

/** `aisle sources`: each data source with its tables and row counts. */
export const runSources = async (options: { json: boolean }): Promise<void> => {
  const core = createCliCore();
  try {
    const result = [];
    for (const source of core.sources.list()) {
      const ready = source.id !== 'demo' || core.demo.exists();
      const tables = ready
        ? (await (await core.sources.warehouse(source.id)).listTables()).filter((table) => table.schema === 'main')
        : [];
      result.push({
        ...source,
        ready,
        tables: tables.map(({ name, rowCount, columns }) => ({ name, rowCount, columns })),
      });
    }
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ sources: result })}\n`);
      return;
    }
    for (const source of result) {
      process.stdout.write(`${source.id}  ${source.name} (${source.kind})\n`);
      if (!source.ready) process.stdout.write('  not generated yet: run `aisle demo` (or any query) to build it\n');
      for (const table of source.tables) {
        process.stdout.write(`  ${table.name.padEnd(22)}${table.rowCount.toLocaleString('en-US').padStart(12)} rows\n`);
      }
    }
  } finally {
    await core.stop();
  }
};
