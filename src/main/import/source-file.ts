import { join } from 'node:path';
import { AisleError } from '../core/aisle-error';

/** File names the app itself uses in the warehouses folder. */
const RESERVED = new Set(['demo']);
const MAX_SLUG = 48;

/**
 * The file-name form of a source name: "Online Retail 2011" -> "online-retail-2011". Letters
 * lose their accents; anything else becomes a dash.
 */
export const slugOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');

/** Where an imported source called `name` lives: `<dataDir>/warehouses/<slug>.duckdb`. */
export const importedSourcePath = (dataDir: string, name: string): { slug: string; path: string } => {
  const slug = slugOf(name);
  if (slug === '') {
    throw new AisleError(
      'invalid_input',
      'Give the source a name with at least one letter or digit (A-Z, 0-9); it also names the file Aisle keeps it in.',
      { field: 'name' },
    );
  }
  if (RESERVED.has(slug)) {
    throw new AisleError('invalid_input', `"${name}" is the name of the built-in demo store. Choose another name.`, {
      field: 'name',
    });
  }
  return { slug, path: join(dataDir, 'warehouses', `${slug}.duckdb`) };
};
