import { existsSync, linkSync, renameSync, rmSync, unlinkSync } from 'node:fs';

/** Removes a DuckDB file with its write-ahead log and spill folder, if they exist. */
export const removeDatabaseFiles = (path: string): void => {
  for (const file of [path, `${path}.wal`]) if (existsSync(file)) rmSync(file);
  rmSync(`${path}.tmp`, { recursive: true, force: true });
};

/**
 * Moves a finished database into place without ever replacing one: a hard link fails when
 * the name is taken (another process imported under the same name meanwhile). Where links are
 * not possible (some network or FAT drives), an existence check and a rename do the same job
 * with a tiny window. Returns false when the name is taken.
 */
export const moveIntoPlace = (from: string, to: string): boolean => {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (existsSync(to)) return false;
    renameSync(from, to);
    return true;
  }
  unlinkSync(from);
  return true;
};
