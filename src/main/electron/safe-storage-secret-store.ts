import { safeStorage } from 'electron';
import { readPrivateFile, removePrivateFile, writePrivateFile } from '../auth/private-file';
import type { SecretStore } from '../auth/secret-store';
import type { Log } from '../core/logger';

/**
 * Keeps the Google credentials encrypted with the OS keychain (Keychain, DPAPI, libsecret/kwallet)
 * through Electron's safeStorage. Its encryption is asynchronous while the store is not, so the
 * secret is decrypted once at start and kept in main's memory, and each change is encrypted and
 * written in order in the background.
 */
export class SafeStorageSecretStore implements SecretStore {
  readonly kind = 'os-keychain' as const;
  readonly #path: string;
  readonly #log: Log;
  #value: string | null;
  #writes: Promise<void> = Promise.resolve();

  private constructor(path: string, value: string | null, log: Log) {
    this.#path = path;
    this.#value = value;
    this.#log = log;
  }

  /**
   * The store, or null when the OS offers no keychain (a Linux session without one, where
   * safeStorage would fall back to a hard-coded key: no protection), in which case the app uses
   * the private file like web mode and says so.
   */
  static async open(path: string, log: Log): Promise<SafeStorageSecretStore | null> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
    const encrypted = readPrivateFile(path);
    let value: string | null = null;
    if (encrypted !== null) {
      try {
        value = (await safeStorage.decryptStringAsync(encrypted)).result;
      } catch {
        // Encrypted under another OS account or keychain: as good as no credentials.
        log('Google sign-in: the stored credentials could not be decrypted; sign in again.');
      }
    }
    return new SafeStorageSecretStore(path, value, log);
  }

  load(): string | null {
    return this.#value;
  }

  save(value: string): void {
    this.#value = value;
    this.#enqueue(async () => writePrivateFile(this.#path, await safeStorage.encryptStringAsync(value)));
  }

  clear(): void {
    this.#value = null;
    this.#enqueue(() => {
      removePrivateFile(this.#path);
      return Promise.resolve();
    });
  }

  /** Writes land in the order they were asked for, so a sign-out never loses to an earlier save. */
  #enqueue(write: () => Promise<void>): void {
    this.#writes = this.#writes
      .then(write)
      .catch(() => this.#log('Google sign-in: could not write the encrypted credentials file.'));
  }
}
