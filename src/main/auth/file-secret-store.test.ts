import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSecretStore } from './file-secret-store';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-secrets-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const mode = (path: string): number => statSync(path).mode & 0o777;

describe('FileSecretStore', () => {
  it('saves, loads and clears a value in a file only its owner can read', () => {
    const path = join(tempDir(), 'nested', 'google-credentials.json');
    const store = new FileSecretStore(path);
    expect(store.kind).toBe('file');
    expect(store.load()).toBeNull();
    store.save('{"secret":1}');
    expect(store.load()).toBe('{"secret":1}');
    expect(mode(path)).toBe(0o600);
    store.save('{"secret":2}');
    expect(store.load()).toBe('{"secret":2}');
    expect(mode(path)).toBe(0o600);
    store.clear();
    expect(store.load()).toBeNull();
    store.clear();
  });

  it('leaves no temporary files behind', () => {
    const dir = tempDir();
    const store = new FileSecretStore(join(dir, 'google-credentials.json'));
    store.save('a');
    store.save('b');
    expect(readdirSync(dir)).toEqual(['google-credentials.json']);
  });

  it('tightens a file that others could read', () => {
    const path = join(tempDir(), 'google-credentials.json');
    writeFileSync(path, 'value');
    chmodSync(path, 0o644);
    expect(new FileSecretStore(path).load()).toBe('value');
    expect(mode(path)).toBe(0o600);
  });

  it('throws when the file cannot be read for another reason than being absent', () => {
    const store = new FileSecretStore(tempDir());
    expect(() => store.load()).toThrow();
  });
});
