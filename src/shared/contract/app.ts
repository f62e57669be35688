import { z } from 'zod';

export const AppMode = z.enum(['electron', 'web', 'cli']);
export type AppMode = z.infer<typeof AppMode>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  mode: AppMode,
  dataDir: z.string(),
  platform: z.string(),
  nodeVersion: z.string(),
  /** Null in web mode: the main side is plain Node there, the browser reports its own version. */
  chromiumVersion: z.string().nullable(),
  electronVersion: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Something main needs the person to know, shown as a banner until dismissed. */
export const Notice = z.object({
  id: z.string(),
  tone: z.enum(['info', 'warning', 'danger']),
  title: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const appMethods = {
  'app.info': { input: z.object({}).strict(), output: AppInfo },
  'app.notices': { input: z.object({}).strict(), output: z.object({ notices: z.array(Notice) }) },
} as const;
