import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import packageJson from '../package.json' with { type: 'json' };
import { CLI, ROOT, startAisle, tempDataDir } from './aisle-process';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

test.describe('aisle command line', () => {
  test('--version prints the version on stdout', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${packageJson.version}\n`);
  });

  test('--help lists serve and the data folder variable', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('serve [options]');
    expect(result.stdout).toContain('AISLE_DATA_DIR');
  });

  test('a bad port is refused with a message saying what to type', () => {
    const result = run(['serve', '--port', 'eighty']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Use a whole number from 0 to 65535');
    expect(result.stdout).toBe('');
  });

  test('an unknown command is refused', () => {
    const result = run(['frobnicate']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });

  test('serve prints exactly one line, uses AISLE_DATA_DIR and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dataDir = join(tempDataDir(), 'nested', 'data');
      const aisle = await startAisle({ AISLE_DATA_DIR: dataDir, AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/' });
      const response = await fetch(`${aisle.origin}/api/app.info`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${aisle.token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(((await response.json()) as { value: { dataDir: string } }).value.dataDir).toBe(dataDir);
      expect(existsSync(dataDir)).toBe(true);
      expect(await aisle.stop(signal)).toBe(0);
      expect(aisle.stdoutLines).toHaveLength(1);
      expect(aisle.stderr()).toContain(`${signal} received, shutting down`);
      expect(aisle.stderr()).not.toContain(aisle.token);
    }
  });

  test('npm run aisle works from the repository', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', '--silent', 'aisle', '--', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${packageJson.version}\n`);
  });
});
