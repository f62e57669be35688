import { Command, InvalidArgumentError, Option } from 'commander';
import { DEMO_DEFAULTS, DEMO_SCALE_LIMITS } from '../demo/generate-demo';
import { APP_VERSION } from '../version';
import { runDemo } from './demo-command';
import { runImport, type ImportCommandOptions } from './import-command';
import { outputFormats, type OutputFormat } from './format-result';
import { parsePort } from './parse-port';
import { runServe } from './serve-command';
import { runSources } from './sources-command';
import { runSql } from './sql-command';

const parseScale = (value: string): number => {
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale < DEMO_SCALE_LIMITS.min || scale > DEMO_SCALE_LIMITS.max) {
    throw new InvalidArgumentError(
      `Use a number from ${DEMO_SCALE_LIMITS.min} to ${DEMO_SCALE_LIMITS.max} (1 = about a million order lines).`,
    );
  }
  return scale;
};

const parseSeed = (value: string): number => {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('Use a whole number, 0 or more.');
  }
  return Number(value);
};

/** The `aisle` command line. Results go to stdout; logs and progress to stderr. */
export const buildProgram = (): Command => {
  const program = new Command('aisle')
    .description('Aisle: retail analytics on your own data or a built-in demo store.')
    .version(APP_VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run `aisle --help` for usage)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .addHelpText(
      'after',
      '\nEnvironment:\n  AISLE_DATA_DIR   folder for the warehouse, cache and settings (default: the OS app-data folder)\n',
    );

  program
    .command('serve')
    .description('run Aisle in your browser (web mode) on 127.0.0.1')
    .option('-p, --port <port>', 'port to listen on; 0 picks a free one', parsePort, 0)
    .action(async (options: { port: number }) => {
      await runServe({ port: options.port });
    });

  program
    .command('demo')
    .description('generate (or regenerate) the built-in demo store')
    .option(
      '--scale <factor>',
      'size: 1 = about a million order lines over three years',
      parseScale,
      DEMO_DEFAULTS.scale,
    )
    .option('--seed <n>', 'random seed; the same seed and scale give the same store', parseSeed, DEMO_DEFAULTS.seed)
    .option('--json', 'print the summary as JSON', false)
    .action(async (options: { scale: number; seed: number; json: boolean }) => {
      await runDemo(options);
    });

  program
    .command('sources')
    .description('list data sources with their tables and row counts')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      await runSources(options);
    });

  program
    .command('import')
    .description('import a CSV, CSV.GZ or Parquet file as a new local data source')
    .argument('<file>', 'the file to import')
    .requiredOption('--name <name>', 'name of the new data source')
    .option('--mapping <file.json>', 'column mapping to use instead of the suggested one: {"date": "InvoiceDate", …}')
    .option('--json', 'print {source, rowsRead, rowsLoaded, rowsRejected, mapping, notes} as JSON', false)
    .action(async (file: string, options: ImportCommandOptions) => {
      await runImport(file, options);
    });

  program
    .command('sql')
    .description('run one SQL statement on a data source')
    .argument('<sql>', 'the statement, in the source’s dialect (DuckDB SQL for local sources)')
    .option('--source <name>', 'data source to run on', 'demo')
    .addOption(new Option('--format <format>', 'output format').choices(outputFormats).default('table'))
    .action(async (sql: string, options: { source: string; format: OutputFormat }) => {
      await runSql(sql, options);
    });

  return program;
};
