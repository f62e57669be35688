import { describe, expect, it } from 'vitest';
import { judgeNavigation } from './navigation-policy';

const renderer = 'file:///opt/Aisle/out/renderer/index.html';

describe('judgeNavigation', () => {
  it('lets our own page change its hash', () => {
    expect(judgeNavigation(`${renderer}#settings`, renderer)).toBe('stay');
  });

  it('sends https links to the system browser', () => {
    expect(judgeNavigation('https://cloud.google.com/bigquery/docs', renderer)).toBe('open-externally');
  });

  it('refuses everything else', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'nonsense',
    ]) {
      expect(judgeNavigation(url, renderer)).toBe('refuse');
    }
  });
});
