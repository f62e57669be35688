/** Layout helpers: the SQL is shown to people ("Show SQL"), so it is laid out like hand-written SQL. */

export const indent = (text: string, spaces = 2): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `${' '.repeat(spaces)}${line}`))
    .join('\n');

export const aliased = (expression: string, alias: string): string =>
  expression === alias ? expression : `${expression} AS ${alias}`;

export interface SelectParts {
  /** Shown above the SELECT; one comment line per line. */
  comment?: string;
  items: readonly string[];
  from: string;
  joins?: readonly string[];
  where?: readonly string[];
  /** Group by the first N columns of the select list. */
  groupBy?: number;
  orderBy?: readonly string[];
  limit?: number | null;
}

export const renderSelect = (parts: SelectParts): string => {
  const lines: string[] = [];
  if (parts.comment !== undefined) lines.push(...parts.comment.split('\n').map((line) => `-- ${line}`));
  lines.push('SELECT', parts.items.map((item) => indent(item)).join(',\n'), `FROM ${parts.from}`);
  lines.push(...(parts.joins ?? []));
  // A multi-line condition (a CASE) keeps its continuation lines under the condition.
  const hanging = (condition: string): string => condition.replaceAll('\n', '\n    ');
  (parts.where ?? []).forEach((condition, index) => {
    lines.push(`${index === 0 ? 'WHERE' : '  AND'} ${hanging(condition)}`);
  });
  if (parts.groupBy !== undefined && parts.groupBy > 0) {
    lines.push(`GROUP BY ${Array.from({ length: parts.groupBy }, (_, index) => index + 1).join(', ')}`);
  }
  if (parts.orderBy && parts.orderBy.length > 0) lines.push(`ORDER BY ${parts.orderBy.join(', ')}`);
  if (parts.limit !== undefined && parts.limit !== null) lines.push(`LIMIT ${parts.limit}`);
  return lines.join('\n');
};

/** One line when it reads well on one line, one item per line otherwise. */
export const renderCompactSelect = (items: readonly string[], from: string): string => {
  const line = `SELECT ${items.join(', ')}`;
  return line.length <= 100 ? `${line}\nFROM ${from}` : renderSelect({ items, from });
};

export const renderWith = (ctes: ReadonlyArray<{ name: string; body: string }>, final: string): string => {
  if (ctes.length === 0) return final;
  const blocks = ctes.map((cte) => `${cte.name} AS (\n${indent(cte.body)}\n)`);
  return `WITH ${blocks.join(',\n')}\n${final}`;
};
