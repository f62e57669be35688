import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  it('honours AISLE_DATA_DIR on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(resolveDataDir({ env: { AISLE_DATA_DIR: '/data/aisle' }, platform, home: '/home/a' })).toBe('/data/aisle');
    }
  });

  it('ignores an empty AISLE_DATA_DIR', () => {
    expect(resolveDataDir({ env: { AISLE_DATA_DIR: '  ' }, platform: 'linux', home: '/home/a' })).toBe(
      '/home/a/.config/Aisle',
    );
  });

  it('matches the folders Electron uses for userData', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/a' })).toBe('/home/a/.config/Aisle');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home: '/home/a' })).toBe('/xdg/Aisle');
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe(
      '/Users/a/Library/Application Support/Aisle',
    );
    expect(
      resolveDataDir({ env: { APPDATA: 'C:/Users/a/AppData/Roaming' }, platform: 'win32', home: 'C:/Users/a' }),
    ).toBe('C:/Users/a/AppData/Roaming/Aisle');
  });
});
