// The one place that loads augurs' WebAssembly. The package's default init fetches the
// .wasm by URL, which Node cannot do; reading the bytes from node_modules and calling
// `initSync` works in plain Node, in worker threads and in the Electron main process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AutoETS, initSync as initEts } from '@bsull/augurs/ets';
import { MSTL, initSync as initMstl } from '@bsull/augurs/mstl';

// Not named `require`: the bundled main process already declares one (electron-vite's CommonJS shim).
const resolveFromHere = createRequire(import.meta.url);
const packageDir = dirname(resolveFromHere.resolve('@bsull/augurs/ets'));

let ready = false;

/** Instantiates the augurs modules the engine uses, once per thread. */
export function ensureAugurs(): void {
  if (ready) return;
  initEts({ module: readFileSync(join(packageDir, 'ets_bg.wasm')) });
  initMstl({ module: readFileSync(join(packageDir, 'mstl_bg.wasm')) });
  ready = true;
}

export { AutoETS, MSTL };
