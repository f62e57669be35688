import { readPrivateFile, removePrivateFile, writePrivateFile } from './private-file';
import type { SecretStore } from './secret-store';

/**
 * A secret kept in a file only its owner can read (mode 0600), for web mode and the CLI where
 * no OS keychain is at hand. Anyone who can read the user's files can read it, which the
 * settings page says beside the sign-in button.
 */
export class FileSecretStore implements SecretStore {
  readonly kind = 'file';
  readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  load(): string | null {
    return readPrivateFile(this.path)?.toString('utf8') ?? null;
  }

  save(value: string): void {
    writePrivateFile(this.path, value);
  }

  clear(): void {
    removePrivateFile(this.path);
  }
}
