import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Cache } from '../../cache';
import { AisleError } from '../../core/aisle-error';
import { buildDeck } from './build-deck';
import { readDeckReports } from './deck-report';

/** Writes next to the target, then renames: a reader never sees half a file, and a failure leaves no litter. */
export const writeFileAtomically = async (path: string, data: Buffer): Promise<void> => {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new AisleError(
      'unavailable',
      `Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
};

const safeName = (text: string): string =>
  text
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'deck';

export interface DeckFileInput {
  ids: readonly string[];
  title?: string;
  /** Source ids to names for footers and the title slide. */
  sourceNames?: Record<string, string>;
  /** Source ids to the ISO code their money is in (null: not known). */
  sourceCurrencies?: Record<string, string | null>;
  now?: Date;
}

/**
 * The `reports.deck` call: a deck of the chosen reports written to `<dataDir>/exports/`
 * (beside table exports) as `<title>-<time>.pptx`.
 */
export const writeDeckToExports = async (
  cache: Cache,
  dataDir: string,
  input: DeckFileInput,
): Promise<{ path: string; fileName: string; bytes: number; slides: number }> => {
  const reports = readDeckReports(cache, input.ids, input.sourceCurrencies);
  if (reports.length === 0) throw new AisleError('invalid_input', 'Choose at least one report for the deck.');
  const now = input.now ?? new Date();
  const title = input.title?.trim() ? input.title.trim() : undefined;
  const deck = await buildDeck(reports, {
    now,
    ...(title === undefined ? {} : { title }),
    ...(input.sourceNames === undefined ? {} : { sourceNames: input.sourceNames }),
    ...(input.sourceCurrencies === undefined ? {} : { sourceCurrencies: input.sourceCurrencies }),
  });
  const folder = join(dataDir, 'exports');
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const fileName = `${safeName(title ?? 'Aisle reports')}-${stamp}.pptx`;
  const path = join(folder, fileName);
  await writeFileAtomically(path, deck);
  return { path, fileName, bytes: deck.length, slides: reports.length + 1 };
};
