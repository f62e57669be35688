export const delimiterCandidates = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiterCandidates)[number];

/** How a delimiter reads in a sentence. */
export const delimiterName = (delimiter: string): string => {
  switch (delimiter) {
    case ',':
      return 'commas (,)';
    case ';':
      return 'semicolons (;)';
    case '\t':
      return 'tabs';
    case '|':
      return 'vertical bars (|)';
    default:
      return `"${delimiter}"`;
  }
};

/**
 * Splits one physical line into fields, honouring double quotes ("a, b" and "" inside them). A
 * quote left open at the end of the line simply ends the last field: a broken line must not
 * change how the lines after it are read.
 */
export const splitLine = (line: string, delimiter: string): string[] => {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charAt(index);
    if (quoted) {
      if (char === '"' && line.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
};

/** The non-empty lines of the start of a file; a last line cut off mid-way is dropped. */
export const headLines = (head: string, complete: boolean, limit = 200): string[] => {
  const lines = head.split(/\r\n|\n|\r/);
  if (!complete && lines.length > 1) lines.pop();
  return lines.filter((line) => line.trim() !== '').slice(0, limit);
};

/**
 * The delimiter the first lines look separated by: the candidate that splits the most lines
 * into as many fields as the header line has (at least two). Null when none splits the header.
 */
export const guessDelimiter = (head: string, complete: boolean): Delimiter | null => {
  const lines = headLines(head, complete);
  const [header] = lines;
  if (header === undefined) return null;
  let best: { delimiter: Delimiter; score: number; fields: number } | null = null;
  for (const delimiter of delimiterCandidates) {
    const fields = splitLine(header, delimiter).length;
    if (fields < 2) continue;
    const score = lines.filter((line) => splitLine(line, delimiter).length === fields).length;
    if (!best || score > best.score || (score === best.score && fields > best.fields)) {
      best = { delimiter, score, fields };
    }
  }
  return best?.delimiter ?? null;
};
