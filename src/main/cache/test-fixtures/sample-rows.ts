import type { Row } from '../../warehouse/warehouse';

/**
 * Deterministic rows of mixed types for result `seed`: ints, doubles, text (with non-ASCII),
 * booleans, nulls, dates, and nested arrays and objects, so a read can be compared exactly.
 */
export const sampleRow = (seed: number, index: number): Row => [
  index,
  seed * 1_000_003 + index * 0.25,
  `row ${index} of ${seed} ✓ «${'x'.repeat(index % 7)}»`,
  index % 3 === 0,
  index % 5 === 0 ? null : `2026-${String((index % 12) + 1).padStart(2, '0')}-15`,
  index % 11 === 0 ? [index, 'a', null, [true, { k: index }]] : { n: index, s: String(seed), tags: ['x', 'y'] },
];

export const sampleRows = (seed: number, count: number, start = 0): Row[] =>
  Array.from({ length: count }, (_, offset) => sampleRow(seed, start + offset));

export const sampleColumns = [
  { name: 'id', type: 'BIGINT' },
  { name: 'amount', type: 'DOUBLE' },
  { name: 'label', type: 'VARCHAR' },
  { name: 'flag', type: 'BOOLEAN' },
  { name: 'day', type: 'DATE' },
  { name: 'extra', type: 'JSON' },
];
