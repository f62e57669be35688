import { Command, InvalidArgumentError, Option } from 'commander';
import { DEMO_DEFAULTS, DEMO_SCALE_LIMITS } from '../demo/generate-demo';
import { APP_VERSION } from '../version';
import { runAsk, type AskCommandOptions } from './ask-command';
import { runDemo } from './demo-command';
import { runExport, type ExportCommandOptions } from './export-command';
import { runForecast, type ForecastCommandOptions } from './forecast-command';
import { runLogin, runLogout, runWhoami, type LoginOptions } from './google-commands';
import { runPublishDemo, type PublishDemoCommandOptions } from './publish-demo-command';
import { runImport, type ImportCommandOptions } from './import-command';
import { outputFormats, type OutputFormat } from './format-result';
import { parsePort } from './parse-port';
import { runReviewsSearch, type ReviewsSearchOptions } from './reviews-command';
import { runSentiment } from './sentiment-command';
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
      [
        '',
        'Environment:',
        '  AISLE_DATA_DIR              folder for the warehouse, cache and settings (default: the OS app-data folder)',
        '  AISLE_OAUTH_CLIENT_ID       your Desktop OAuth client (and AISLE_OAUTH_CLIENT_SECRET) for `aisle login`',
        '  AISLE_GOOGLE_ACCESS_TOKEN   use this access token instead of signing in (automation)',
        '  GOOGLE_CLOUD_PROJECT        billing project when Settings names none',
        '  AISLE_NO_BROWSER=1          print sign-in links instead of opening a browser',
        '',
      ].join('\n'),
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
    .argument('[source]', 'only this source (an id, a name, or bq:PROJECT.DATASET)')
    .option('--json', 'print JSON', false)
    .action(async (source: string | undefined, options: { json: boolean }) => {
      await runSources({ ...options, ...(source ? { source } : {}) });
    });

  program
    .command('login')
    .description('sign in to Google for BigQuery (opens your browser; waits for the answer)')
    .option('--adc', 'use Application Default Credentials (gcloud auth application-default login)', false)
    .option('--key-file <file.json>', 'use a service account key file')
    .option('--project <id>', 'the Google Cloud project BigQuery jobs run and bill in')
    .option('--no-browser', 'print the sign-in link instead of opening a browser')
    .option('--json', 'print the session as JSON', false)
    .action(async (options: LoginOptions) => {
      await runLogin(options);
    });

  program
    .command('logout')
    .description('sign out of Google: revokes the refresh token and deletes the stored credentials')
    .action(async () => {
      await runLogout();
    });

  program
    .command('publish-demo')
    .description('upload the demo store to a BigQuery dataset (load jobs), so BigQuery AI can be tried on it')
    .argument('<dataset>', 'where to: bq:PROJECT.DATASET (created when missing)')
    .option('--location <location>', 'location of a new dataset', 'US')
    .option('--json', 'print {source, tables} as JSON', false)
    .action(async (dataset: string, options: PublishDemoCommandOptions) => {
      await runPublishDemo(dataset, options);
    });

  program
    .command('whoami')
    .description('show the Google account, how it signed in, and the billing project')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      await runWhoami(options);
    });

  program
    .command('import')
    .description('import a CSV, CSV.GZ or Parquet file as a new local data source')
    .argument('<file>', 'the file to import')
    .requiredOption('--name <name>', 'name of the new data source')
    .option('--mapping <file.json>', 'column mapping to use instead of the suggested one: {"date": "InvoiceDate", …}')
    .option(
      '--currency <code>',
      'ISO 4217 code the prices are in (GBP, EUR, …); without it money shows as plain numbers',
    )
    .option(
      '--json',
      'print {source, name, currency, rowsRead, rowsLoaded, rowsRejected, mapping, notes} as JSON',
      false,
    )
    .action(async (file: string, options: ImportCommandOptions) => {
      await runImport(file, options);
    });

  program
    .command('ask')
    .description('ask a question in plain English; prints the answer table and a short narrative')
    .argument('<question>', 'for example "revenue by category last quarter vs last year"')
    .option('--source <name>', 'data source to ask', 'demo')
    .option(
      '--json',
      'print {question, interpretation, plan, sql, columns, rows, narrative, chart, source, asOf}',
      false,
    )
    .option('--pin <title>', 'keep the answer as a report with this title and print its id')
    .action(async (question: string, options: AskCommandOptions) => {
      await runAsk(question, options);
    });

  program
    .command('export')
    .description('write saved reports as a PowerPoint deck (16:9, native editable charts)')
    .requiredOption('--reports <ids>', '`all`, or report ids separated by commas')
    .requiredOption('--pptx <file>', 'where to write the deck (.pptx is added when missing)')
    .option('--title <text>', 'the deck title (default "Aisle reports")')
    .addHelpText(
      'after',
      '\nPrints the path on stdout and the slide count on stderr. `aisle ask "…" --pin TITLE` makes a report.',
    )
    .action(async (options: ExportCommandOptions) => {
      await runExport(options);
    });

  const reviews = program.command('reviews').description('customer reviews of a data source');
  reviews
    .command('search')
    .description('search review text (ranked, stemmed, with highlighted snippets)')
    .argument('<query>', 'words (all must match), "a phrase", a OR b, -excluded')
    .option('--source <name>', 'data source whose reviews to search', 'demo')
    .option('--product <id>', 'only reviews of this product')
    .option('--limit <n>', 'how many results', (value) => Math.max(1, Math.min(500, Number(value) || 20)), 20)
    .option('--json', 'print {query, total, results} as JSON', false)
    .action(async (query: string, options: ReviewsSearchOptions) => {
      await runReviewsSearch(query, options);
    });

  program
    .command('sentiment')
    .description('score review sentiment: one text per line on stdin, one score from -1 to 1 per line on stdout')
    .action(async () => {
      await runSentiment();
    });

  const wholeNumber =
    (name: string, least: number, most: number) =>
    (value: string): number => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < least || number > most) {
        throw new InvalidArgumentError(`${name} is a whole number from ${least} to ${most}.`);
      }
      return number;
    };
  program
    .command('forecast')
    .description('forecast every series of a long-format CSV (id,ds,y), or a measure of a data source')
    .option('--input <file.csv>', 'long-format CSV with columns id, ds (a date or an integer step) and y')
    .option('--horizon <h>', 'steps ahead', wholeNumber('The horizon', 1, 500), 8)
    .option(
      '--season-length <m>',
      'season length in steps (default: 7 and 365 for days, 52 for weeks, 12 for months)',
      wholeNumber('The season length', 1, 1000),
    )
    .option('--level <percent>', 'prediction interval coverage', wholeNumber('The level', 50, 99), 95)
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addOption(
      new Option('--measure <measure>', 'with a source: what to forecast')
        .choices(['revenue', 'units'])
        .default('revenue'),
    )
    .addOption(
      new Option('--by <level>', 'with a source: one series per member of this level')
        .choices(['total', 'department', 'category', 'product', 'region'])
        .default('total'),
    )
    .addOption(
      new Option('--grain <grain>', 'with a source: period length').choices(['day', 'week', 'month']).default('week'),
    )
    .option('--top <n>', 'with a source: how many members (the biggest)', wholeNumber('--top', 1, 24), 12)
    .option('--source <name>', 'data source to forecast from', 'demo')
    .addHelpText(
      'after',
      '\nPrints id,step,ds,forecast,lower,upper (CSV) or {rows, …} (JSON) on stdout; models and accuracy on stderr.',
    )
    .action(async (options: ForecastCommandOptions) => {
      await runForecast(options);
    });

  program
    .command('sql')
    .description('run one SQL statement on a data source')
    .argument('<sql>', 'the statement, in the source’s dialect (DuckDB SQL locally, GoogleSQL on BigQuery)')
    .option('--source <name>', 'data source to run on: an id, a name, or bq:PROJECT.DATASET', 'demo')
    .option(
      '-y, --yes',
      'run a BigQuery query even when its estimate is over the amount Settings asks to confirm',
      false,
    )
    .addOption(new Option('--format <format>', 'output format').choices(outputFormats).default('table'))
    .action(async (sql: string, options: { source: string; format: OutputFormat; yes: boolean }) => {
      await runSql(sql, options);
    });

  return program;
};
