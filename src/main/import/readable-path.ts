import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { AisleError } from '../core/aisle-error';

export interface ReadablePath {
  /** The path to give DuckDB. */
  path: string;
  release: () => void;
}

/** DuckDB expands these in file names as patterns, and would then read other files. */
const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * A path DuckDB reads as exactly this one file. A name such as "sales [2024].csv" is a glob
 * pattern to DuckDB, which could match other files in the folder, so such a file is reached
 * through a plainly named link in a temporary folder instead.
 */
export const readablePath = (path: string): ReadablePath => {
  const absolute = resolve(path);
  if (!GLOB_CHARACTERS.test(absolute)) return { path: absolute, release: () => undefined };
  const folder = mkdtempSync(join(tmpdir(), 'aisle-import-'));
  const link = join(folder, 'input');
  try {
    symlinkSync(absolute, link);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new AisleError(
      'invalid_input',
      `Aisle cannot read "${basename(absolute)}" because its path contains one of * ? [ ] { }. Rename the file (or its folder) without them and try again.`,
      { field: 'path', cause: error },
    );
  }
  return { path: link, release: () => rmSync(folder, { recursive: true, force: true }) };
};
