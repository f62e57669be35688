import { redactSecrets } from './redact-secrets';

/** Logs go to stderr, so stdout stays for results a script can read. */
export type Log = (message: string, error?: unknown) => void;

const describe = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);

export const createStderrLog =
  (scope: string, write: (line: string) => void = (line) => process.stderr.write(line)): Log =>
  (message, error) => {
    const suffix = error === undefined ? '' : `\n${describe(error)}`;
    write(redactSecrets(`[aisle ${scope}] ${message}${suffix}\n`));
  };
