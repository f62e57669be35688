/**
 * Where the saved Google sign-in lives: the OS keychain (Electron's safeStorage, in
 * src/main/electron) or a private file (web mode and the CLI). One opaque string; the auth
 * service decides what is in it. Synchronous because both backends are.
 */
export interface SecretStore {
  readonly kind: 'os-keychain' | 'file';
  /** The saved value, or null when nothing is saved. Throws when the store cannot be read. */
  load(): string | null;
  save(value: string): void;
  clear(): void;
}
