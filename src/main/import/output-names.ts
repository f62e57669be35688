import { importConcepts } from '../../shared/contract/import';
import { normaliseName } from './concept-synonyms';

/** The flag columns every imported `sales` table has. */
export const FLAG_COLUMNS = ['is_cancellation', 'is_zero_price', 'is_non_product'] as const;
export type FlagColumn = (typeof FLAG_COLUMNS)[number];

/**
 * Safe snake_case names for the file's unmapped columns ("Unit Price" -> unit_price), never
 * clashing with a concept, a flag or each other: a clash gets `_original`, then a number.
 */
export const originalColumnNames = (columns: readonly string[]): string[] => {
  const reserved = new Set<string>([...importConcepts, ...FLAG_COLUMNS]);
  const taken = new Set<string>();
  return columns.map((column, index) => {
    const words = normaliseName(column).replaceAll(' ', '_');
    const snake = words === '' ? `column_${index + 1}` : /^[0-9]/.test(words) ? `c_${words}` : words;
    const base = reserved.has(snake) ? `${snake}_original` : snake;
    let name = base;
    for (let n = 2; taken.has(name) || reserved.has(name); n += 1) name = `${base}_${n}`;
    taken.add(name);
    return name;
  });
};
