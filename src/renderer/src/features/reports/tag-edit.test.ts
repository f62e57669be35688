import { describe, expect, it } from 'vitest';
import { addTags, MAX_TAGS, normalizeTag, removeTag, toggleTag } from './tag-edit';

describe('tag editing', () => {
  it('tidies a typed tag', () => {
    expect(normalizeTag('  #weekly   review ')).toBe('weekly review');
    expect(normalizeTag('x'.repeat(60))).toHaveLength(40);
  });

  it('adds new tags, several at once, without doubling one in another case', () => {
    expect(addTags(['Weekly'], 'weekly, q4 ,, board')).toEqual({ ok: true, tags: ['Weekly', 'q4', 'board'] });
  });

  it('says why nothing was added', () => {
    expect(addTags(['a'], '  ')).toEqual({ ok: false, reason: 'Type a tag first.' });
    const twice = addTags(['a'], 'A');
    expect(twice.ok ? '' : twice.reason).toContain('already');
    const full = Array.from({ length: MAX_TAGS }, (_, index) => `t${index}`);
    const over = addTags(full, 'one more');
    expect(over.ok ? '' : over.reason).toContain('at most 20');
  });

  it('removes a tag, and toggles the tag filter', () => {
    expect(removeTag(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleTag(null, 'a')).toBe('a');
    expect(toggleTag('a', 'a')).toBeNull();
    expect(toggleTag('a', 'b')).toBe('b');
  });
});
