import { z } from 'zod';

export const Tags = z.array(z.string());

/** Trimmed, without empties, each tag once (first spelling wins, compared without case). */
export const normalizeTags = (tags: readonly string[] | undefined): string[] => {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags ?? []) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
};
