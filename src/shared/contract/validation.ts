import type { z } from 'zod';

/**
 * Dotted path of a zod issue ("filters.0.value"), or "(input)" for the value as a whole. For
 * an unexpected key it is the key itself, since that is the field a person has to remove.
 */
export const issuePath = (issue: z.core.$ZodIssue): string => {
  const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
  return path.length === 0 ? '(input)' : path.map(String).join('.');
};

/**
 * One readable sentence for a failed parse, naming the first offending field:
 * `field "port": expected a number, received string`.
 */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string => {
  const [first, ...rest] = issues;
  if (!first) return 'the value is not valid';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  if (first.code === 'unrecognized_keys') {
    const names = first.keys.map((key) => [...first.path.map(String), key].join('.'));
    const list = names.map((name) => `"${name}"`).join(', ');
    return `${names.length > 1 ? 'fields' : 'field'} ${list} ${names.length > 1 ? 'are' : 'is'} not expected here${more}`;
  }
  const path = issuePath(first);
  const where = path === '(input)' ? 'the input' : `field "${path}"`;
  return `${where}: ${first.message}${more}`;
};
