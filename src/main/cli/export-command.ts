import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import { buildDeck } from '../export/deck/build-deck';
import { writeFileAtomically } from '../export/deck/deck-file';
import { readDeckReports } from '../export/deck/deck-report';
import { createCliCore } from './cli-core';

export interface ExportCommandOptions {
  /** `all`, or report ids separated by commas. */
  reports: string;
  /** Where to write the deck. */
  pptx: string;
  title?: string;
}

export interface ExportDeckInput {
  reports: readonly string[] | 'all';
  file: string;
  title?: string;
  sourceNames?: Record<string, string>;
  /** Source ids to the ISO code their money is in (null: not known). */
  sourceCurrencies?: Record<string, string | null>;
  now?: Date;
}

export interface ExportDeckOutcome {
  path: string;
  /** Slides written: the title slide and one per report. */
  slides: number;
  reports: number;
}

/** `all`, or the ids in `a,b, c` (empty pieces ignored). */
export const parseReportSelection = (value: string): string[] | 'all' => {
  const trimmed = value.trim();
  if (trimmed.toLowerCase() === 'all') return 'all';
  const ids = trimmed
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) {
    throw new AisleError('invalid_input', 'Say which reports to export: `--reports all` or `--reports ID,ID`.', {
      field: 'reports',
    });
  }
  return ids;
};

/** The deck's path: absolute, ending in .pptx, in a folder that exists. */
const deckPath = (file: string): string => {
  if (file.trim() === '') throw new AisleError('invalid_input', 'Say where to write the deck: `--pptx FILE.pptx`.');
  const path = resolve(file.trim().toLowerCase().endsWith('.pptx') ? file.trim() : `${file.trim()}.pptx`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new AisleError('invalid_input', `The folder ${folder} does not exist; create it or choose another place.`, {
      field: 'pptx',
    });
  }
  return path;
};

/** Reads the reports from the cache, builds the deck and writes it: the command without the process around it. */
export const exportDeckFile = async (cache: Cache, input: ExportDeckInput): Promise<ExportDeckOutcome> => {
  const path = deckPath(input.file);
  const reports = readDeckReports(cache, input.reports, input.sourceCurrencies);
  if (reports.length === 0) {
    throw new AisleError(
      'not_found',
      'There are no reports to export yet. Pin an answer (`aisle ask "QUESTION" --pin TITLE`) or a chart or forecast in the app, then run this again.',
      { field: 'reports' },
    );
  }
  const deck = await buildDeck(reports, {
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.sourceNames === undefined ? {} : { sourceNames: input.sourceNames }),
    ...(input.sourceCurrencies === undefined ? {} : { sourceCurrencies: input.sourceCurrencies }),
    ...(input.now === undefined ? {} : { now: input.now }),
  });
  await writeFileAtomically(path, deck);
  return { path, slides: reports.length + 1, reports: reports.length };
};

/** `aisle export --reports all|ID,... --pptx FILE`: a slide deck of reports, written headlessly. */
export const runExport = async (options: ExportCommandOptions): Promise<void> => {
  const selection = parseReportSelection(options.reports);
  const core = createCliCore();
  try {
    const sources = core.sources.list();
    const sourceNames = Object.fromEntries(sources.map((source) => [source.id, source.name]));
    const sourceCurrencies = Object.fromEntries(sources.map((source) => [source.id, source.currency]));
    const outcome = await exportDeckFile(core.cache, {
      reports: selection,
      file: options.pptx,
      sourceNames,
      sourceCurrencies,
      ...(options.title === undefined ? {} : { title: options.title }),
    });
    process.stderr.write(
      `Wrote ${outcome.slides} slides (${outcome.reports} ${outcome.reports === 1 ? 'report' : 'reports'}) to ${outcome.path}\n`,
    );
    process.stdout.write(`${outcome.path}\n`);
  } finally {
    await core.stop();
  }
};
