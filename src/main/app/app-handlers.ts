import type { AppInfo, AppMode, Notice } from '../../shared/contract';
import type { HandlerMap } from '../core/router';

export interface AppFacts {
  mode: AppMode;
  version: string;
  dataDir: string;
  /** Set by the Electron shell; null in web mode and the CLI. */
  electronVersion: string | null;
  chromiumVersion: string | null;
}

export const createAppHandlers = (
  facts: AppFacts,
  notices: () => Notice[],
): HandlerMap<'app.info' | 'app.notices'> => ({
  'app.notices': () => ({ notices: notices() }),
  'app.info': (): AppInfo => ({
    name: 'Aisle',
    version: facts.version,
    mode: facts.mode,
    dataDir: facts.dataDir,
    platform: `${process.platform} ${process.arch}`,
    nodeVersion: process.versions.node,
    chromiumVersion: facts.chromiumVersion,
    electronVersion: facts.electronVersion,
  }),
});
