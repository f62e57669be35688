import { homedir } from 'node:os';
import { join } from 'node:path';

export interface DataDirInputs {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

const APP_FOLDER = 'Aisle';

/**
 * The folder Aisle keeps its warehouse, cache and settings in: `AISLE_DATA_DIR` when set,
 * otherwise the same folder Electron's `app.getPath('userData')` gives, so the CLI, web mode
 * and the desktop app share one data folder. (env-paths would add a suffix and, on macOS and
 * Windows, pick a different folder than Electron does.)
 */
export const resolveDataDir = ({ env, platform, home }: DataDirInputs): string => {
  const override = env['AISLE_DATA_DIR']?.trim();
  if (override) return override;
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_FOLDER);
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
    default:
      return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_FOLDER);
  }
};

export const defaultDataDir = (): string =>
  resolveDataDir({ env: process.env, platform: process.platform, home: homedir() });
