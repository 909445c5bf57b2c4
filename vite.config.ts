import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Content-Security-Policy for the production build: the page may talk to its own origin only,
 * plus the OSM tile server, which the user can switch on as the one online feature.
 * (Not in dev, where Vite's HMR needs inline scripts.)
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "connect-src 'self' https://tile.openstreetmap.org",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

// Embedded data (data/thueringen/*.geojson) is imported with `?url`, so it ships as hashed
// static assets next to the bundle and is never inlined into JavaScript.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    target: 'es2022',
  },
  preview: { port: 4173, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
