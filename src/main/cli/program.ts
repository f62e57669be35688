import { Command } from 'commander';
import { APP_VERSION } from '../version';
import { parsePort } from './parse-port';
import { runServe } from './serve-command';

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

  return program;
};
