/**
 * The page may load code, styles, fonts and connections only from its own origin; images also from
 * data: and blob: URLs (generated previews). No plugins, no <base>, no form posts, no frames, and
 * no 'unsafe-inline' or 'unsafe-eval' in production.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy to send with the app's pages. In development (the electron-vite dev server) Vite
 * injects an inline module script (React refresh) and <style> elements and talks to its HMR
 * websocket, so the development policy allows exactly that on top of the production one.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY;
  const dev = new URL(devServerUrl);
  const hmr = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${hmr}`);
}
