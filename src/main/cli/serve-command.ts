import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core';
import { createStderrLog } from '../core/logger';
import { defaultDataDir } from '../platform/data-dir';
import { APP_VERSION } from '../version';
import { startWebHost } from '../web/web-host';
import { createProgressReporter } from './progress-bar';
import { DEMO_JOB_ID } from '../demo/demo-service';

export interface ServeOptions {
  port: number;
  /** Where the built renderer lives; defaults to out/renderer beside the built CLI. */
  rendererDir?: string;
}

/** The built renderer sits at out/renderer, beside out/main where this file is bundled. */
const defaultRendererDir = (): string => fileURLToPath(new URL('../renderer/', import.meta.url));

/**
 * `aisle serve`: web mode. Prints exactly one line on stdout (the address with its token) and
 * runs until SIGINT or SIGTERM.
 */
export const runServe = async (options: ServeOptions): Promise<void> => {
  const log = createStderrLog('web');
  const core = createCore({
    mode: 'web',
    version: APP_VERSION,
    dataDir: defaultDataDir(),
    electronVersion: null,
    chromiumVersion: null,
    log,
    ...(process.env['AISLE_CONNECTIVITY_URL'] ? { connectivityUrl: process.env['AISLE_CONNECTIVITY_URL'] } : {}),
  });
  const host = await startWebHost({
    core,
    rendererDir: options.rendererDir ?? defaultRendererDir(),
    port: options.port,
    log,
  });
  const progress = createProgressReporter('Demo store');
  core.events.subscribe((message) => {
    if (message.name !== 'job.progress') return;
    const { jobId, stage, fraction, state } = message.payload;
    if (jobId !== DEMO_JOB_ID) return;
    if (state === 'running') progress.update(stage, fraction);
    else progress.done(state === 'done' ? 'Demo store ready.' : `Demo store: ${stage}`);
  });
  core.start();
  process.stdout.write(`Aisle is running at ${host.url}\n`);
  log(`data folder: ${core.dataDir}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down`);
    void Promise.all([host.close(), core.stop()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};
