export type NavigationVerdict = 'stay' | 'open-externally' | 'refuse';

/**
 * What to do when the page tries to go somewhere: our own renderer URL (for instance a hash
 * change) may load in the window; an https link opens in the system browser; anything else
 * (http, file, javascript, custom schemes) is refused.
 */
export const judgeNavigation = (target: string, rendererUrl: string): NavigationVerdict => {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return 'refuse';
  }
  const own = new URL(rendererUrl);
  const sameDocument = url.protocol === own.protocol && url.host === own.host && url.pathname === own.pathname;
  if (sameDocument) return 'stay';
  if (url.protocol === 'https:') return 'open-externally';
  return 'refuse';
};
