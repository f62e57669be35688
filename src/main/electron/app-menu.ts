import { Menu, type MenuItemConstructorOptions } from 'electron';
import { pageIds, type PageId } from '../../shared/contract';

const pageLabels: Record<PageId, string> = {
  ask: 'Ask',
  explore: 'Explore',
  forecast: 'Forecast',
  sql: 'SQL',
  reports: 'Reports',
  settings: 'Settings',
};

/** The application menu; "Go" mirrors the sidebar and its Ctrl/Cmd+1..6 shortcuts. */
export const installAppMenu = (navigate: (page: PageId) => void, isDev: boolean): void => {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(isDev
          ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      submenu: pageIds.map((page, index) => ({
        label: pageLabels[page],
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: () => navigate(page),
      })),
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};
