/** The browser's own Chromium version, for web mode where main is plain Node. */
export const browserVersion = (): string | null => {
  const match = /(?:Chrome|Chromium)\/([\d.]+)/.exec(navigator.userAgent);
  return match?.[1] ?? null;
};
