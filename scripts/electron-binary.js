// Finds the Electron binary without `require('electron')`, which would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

/** The path of the installed Electron executable, or null when none was downloaded. */
export const findElectronBinary = () => {
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const candidate = executable ? join(distDir, executable) : null;
  return candidate && existsSync(candidate) ? candidate : null;
};
