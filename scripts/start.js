// `npm start`: the Electron window when Electron's binary is installed, web mode otherwise.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.js';
import './ensure-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const run = (command, args) => {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
};

const extraArgs = process.argv.slice(2);
const electron = findElectronBinary();
if (electron) {
  run(electron, ['.', ...extraArgs]);
} else {
  process.stderr.write(
    "Electron's binary is not installed on this machine, so Aisle starts in web mode: open the address below in your browser.\n",
  );
  run(process.execPath, ['bin/aisle.js', 'serve', ...extraArgs]);
}
