// Builds the app when out/ is missing or older than any source file, so `npm start` and
// `npm run aisle` always run current code. Build output goes to stderr: stdout belongs to results.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = ['out/main/cli.js', 'out/main/electron.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const inputs = ['src', 'package.json', 'electron.vite.config.ts'];

const newestMtime = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
};

const needsBuild = () => {
  const outputPaths = outputs.map((file) => join(root, file));
  if (!outputPaths.every((path) => existsSync(path))) return true;
  const builtAt = Math.min(...outputPaths.map((path) => statSync(path).mtimeMs));
  return inputs.some((input) => newestMtime(join(root, input)) > builtAt);
};

if (needsBuild()) {
  process.stderr.write('Building Aisle…\n');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) {
    process.stderr.write('The build failed; the messages above say why.\n');
    process.exit(result.status ?? 1);
  }
}
