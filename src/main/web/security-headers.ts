import type { ServerResponse } from 'node:http';

/**
 * The same policy as the Electron window's meta tag (src/renderer/index.html), plus the
 * header-only directives a meta tag cannot carry. Scripts come from our own origin only.
 * Inline styles are allowed: Monaco and ECharts set style attributes and inject style
 * elements as they lay out, and a style cannot run code (VS Code makes the same choice).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const applySecurityHeaders = (response: ServerResponse): void => {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
};
