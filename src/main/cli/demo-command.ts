import { createCliCore } from './cli-core';

export interface DemoCommandOptions {
  scale: number;
  seed: number;
  json: boolean;
}

/** `aisle demo`: (re)generates the demo store; the summary goes to stdout. */
export const runDemo = async (options: DemoCommandOptions): Promise<void> => {
  const core = createCliCore();
  try {
    const summary = await core.demo.generate(options.scale, options.seed);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      return;
    }
    const lines = Object.entries(summary.tables).map(
      ([table, rows]) => `  ${table.padEnd(22)}${rows.toLocaleString('en-US').padStart(12)}`,
    );
    process.stdout.write(
      [
        `Demo store generated in ${(summary.elapsedMs / 1000).toFixed(1)} s (scale ${summary.scale}, seed ${summary.seed})`,
        `  ${summary.path}`,
        ...lines,
        `  ${summary.images} product images drawn`,
        '',
      ].join('\n'),
    );
  } finally {
    await core.stop();
  }
};
