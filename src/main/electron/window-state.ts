import { screen, type BrowserWindow, type Rectangle } from 'electron';
import Store from 'electron-store';

interface WindowState {
  bounds: Rectangle | null;
  maximized: boolean;
}

const DEFAULT_SIZE = { width: 1360, height: 860 };

const isVisibleOnSomeDisplay = (bounds: Rectangle): boolean =>
  screen.getAllDisplays().some(({ workArea }) => {
    const overlapX = Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x);
    const overlapY = Math.min(bounds.y + bounds.height, workArea.y + workArea.height) - Math.max(bounds.y, workArea.y);
    return overlapX >= 100 && overlapY >= 50;
  });

/** Remembers the window's size and position across launches (electron-store, in the data folder). */
export const createWindowStateStore = (dataDir: string) => {
  const store = new Store<WindowState>({
    name: 'window-state',
    cwd: dataDir,
    defaults: { bounds: null, maximized: false },
  });

  return {
    /** The saved bounds, unless the display they were on is gone. */
    initialBounds(): Partial<Rectangle> & { width: number; height: number } {
      const saved = store.get('bounds');
      return saved && isVisibleOnSomeDisplay(saved) ? saved : DEFAULT_SIZE;
    },
    wasMaximized: (): boolean => store.get('maximized'),
    track(window: BrowserWindow): void {
      const save = (): void => {
        if (window.isDestroyed()) return;
        store.set('maximized', window.isMaximized());
        if (!window.isMaximized() && !window.isMinimized()) store.set('bounds', window.getBounds());
      };
      window.on('resized', save);
      window.on('moved', save);
      window.on('close', save);
    },
  };
};
