import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = join(import.meta.dirname, '..');
export const CLI = join(ROOT, 'bin', 'aisle.js');

export interface RunningAisle {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  child: ChildProcessWithoutNullStreams;
  stdoutLines: string[];
  stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'aisle-e2e-'));

/** Starts `aisle serve --port 0` and resolves once it printed its address. */
export const startAisle = async (env: Record<string, string> = {}): Promise<RunningAisle> => {
  const dataDir = env['AISLE_DATA_DIR'] ?? tempDataDir();
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, AISLE_DATA_DIR: dataDir, ...env },
  });
  const stdoutLines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const firstLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`aisle serve printed no address.\n${stderr}`)), 20_000);
    lines.on('line', (line) => {
      stdoutLines.push(line);
      if (stdoutLines.length === 1) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code) => reject(new Error(`aisle serve exited with ${code}.\n${stderr}`)));
  });

  const match = /^Aisle is running at (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)$/.exec(firstLine);
  if (!match?.[1] || !match[2]) throw new Error(`Unexpected first line: ${firstLine}`);
  return {
    url: firstLine.replace('Aisle is running at ', ''),
    origin: match[1],
    token: match[2],
    dataDir,
    child,
    stdoutLines,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
};

/** The environment that points a launched Aisle at the loopback Google fake, with no browser opened. */
export const googleEnv = (fakeUrl: string): Record<string, string> => ({
  AISLE_CONNECTIVITY_URL: fakeUrl,
  AISLE_OAUTH_ENDPOINT: fakeUrl,
  AISLE_BIGQUERY_API_ENDPOINT: fakeUrl,
  AISLE_NO_BROWSER: '1',
});
