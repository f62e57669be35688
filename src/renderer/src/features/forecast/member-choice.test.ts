import { describe, expect, it } from 'vitest';
import { filterMembers, memberSummary, toggleMember } from './member-choice';

const members = [
  { key: 'Dresses', label: 'Dresses' },
  { key: 'Tops', label: 'Tops & Tees' },
  { key: 'Pret', label: 'Prêt-à-porter' },
];
const labels = { one: 'category', many: 'categories' };

describe('member choice', () => {
  it('searches by name, ignoring case and accents', () => {
    expect(filterMembers(members, ' tee')).toEqual([members[1]]);
    expect(filterMembers(members, 'pret-a')).toEqual([members[2]]);
    expect(filterMembers(members, '')).toHaveLength(3);
  });

  it('adds and removes members, at most 24', () => {
    const one = toggleMember([], members[0]!);
    expect(one).toEqual([members[0]]);
    expect(toggleMember(one, members[0]!)).toEqual([]);
    const full = Array.from({ length: 24 }, (_, index) => ({ key: `m${index}`, label: `M${index}` }));
    expect(toggleMember(full, members[1]!)).toHaveLength(24);
  });

  it('sums up the choice', () => {
    expect(memberSummary([], 12, labels)).toBe('Top 12 categories');
    expect(memberSummary([], 1, labels)).toBe('Top 1 category');
    expect(memberSummary([members[0]!], 12, labels)).toBe('Dresses');
    expect(memberSummary(members, 12, labels)).toBe('3 categories');
  });
});
