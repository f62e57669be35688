import { z } from 'zod';

/** The app's six pages, in navigation order (Ctrl/Cmd+1..6). */
export const pageIds = ['ask', 'explore', 'forecast', 'sql', 'reports', 'settings'] as const;
export const PageId = z.enum(pageIds);
export type PageId = z.infer<typeof PageId>;

/** Sent by the Electron menu; the renderer switches page. */
export const NavigateRequest = z.object({ page: PageId });
