/** Limits of the contract: at most 20 tags of at most 40 characters. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/** A tag as typed, tidied: trimmed, inner spaces collapsed, a leading # dropped. */
export const normalizeTag = (text: string): string =>
  text.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);

export type TagEdit = { ok: true; tags: string[] } | { ok: false; reason: string };

/** Adds a tag (or several, comma-separated); a tag already there in any case is not doubled. */
export const addTags = (tags: readonly string[], text: string): TagEdit => {
  const fresh = text
    .split(',')
    .map(normalizeTag)
    .filter((tag) => tag !== '');
  if (fresh.length === 0) return { ok: false, reason: 'Type a tag first.' };
  const next = [...tags];
  for (const tag of fresh) {
    if (next.some((existing) => existing.toLowerCase() === tag.toLowerCase())) continue;
    next.push(tag);
  }
  if (next.length > MAX_TAGS) return { ok: false, reason: `A report keeps at most ${MAX_TAGS} tags.` };
  if (next.length === tags.length) return { ok: false, reason: `“${fresh.join(', ')}” is already a tag.` };
  return { ok: true, tags: next };
};

export const removeTag = (tags: readonly string[], tag: string): string[] =>
  tags.filter((existing) => existing !== tag);

/** Clicking the chosen tag chip again clears the filter. */
export const toggleTag = (current: string | null, tag: string): string | null => (current === tag ? null : tag);
