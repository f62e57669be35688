#!/usr/bin/env node
// The `aisle` command: a thin launcher for the built CLI in out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `aisle needs Node 22 or newer (this is ${process.version}). From the project folder, run it as \`npm run --silent aisle -- <args>\`, which uses the Node 22 the project installs.\n`,
  );
  process.exit(1);
}

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('Aisle is not built yet. Run `npm run build` (or `npm start`) first.\n');
  process.exit(1);
}
await import(cli);
