import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const privateMode = 0o600;

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

/** The file's bytes, or null when it does not exist. A file others could read is tightened to 0600. */
export const readPrivateFile = (path: string): Buffer | null => {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, privateMode);
  return data;
};

/**
 * Writes a file only its owner can read (0600), in a folder only its owner can enter when it is
 * created here. The data goes to a temporary file beside the target, which is then renamed over
 * it, so a crash never leaves half a file.
 */
export const writePrivateFile = (path: string, data: string | Buffer): void => {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: privateMode, flag: 'wx' });
    // The mode given to writeFileSync is reduced by the umask; make it exact.
    chmodSync(temporary, privateMode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
};

export const removePrivateFile = (path: string): void => {
  rmSync(path, { force: true });
};
